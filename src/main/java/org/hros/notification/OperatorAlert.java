package org.hros.notification;

import java.util.List;

/**
 * Something about the running installation that every admin should hear of (a webhook paused because its endpoint
 * kept failing). Any module may publish it; the admins get a notice in the {@link NoticeCategory#OPERATIONS}
 * category, and an e-mail if they chose one.
 *
 * @param dedupeKey the same for every delivery of the same occasion, so each admin is told once
 * @param messageKey the notice's words, in the message files
 * @param args the message's arguments, e.g. an address
 * @param link the admin page to go to, e.g. {@code /admin/webhooks/4}
 */
public record OperatorAlert(String dedupeKey, String messageKey, List<String> args, String link) {

    public OperatorAlert {
        args = List.copyOf(args);
    }
}
