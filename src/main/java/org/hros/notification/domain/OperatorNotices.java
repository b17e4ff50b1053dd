package org.hros.notification.domain;

import java.util.List;
import java.util.Locale;
import org.hros.member.MemberDirectory;
import org.hros.notification.NoticeCategory;
import org.hros.notification.OperatorAlert;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every admin of an {@link OperatorAlert}, after the commit that raised it, once per admin and occasion. */
@Component
class OperatorNotices {

    private final Notices notices;
    private final MemberDirectory members;
    private final MessageSource messages;

    OperatorNotices(Notices notices, MemberDirectory members, MessageSource messages) {
        this.notices = notices;
        this.members = members;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(OperatorAlert alert) {
        String text = messages.getMessage(alert.messageKey(), alert.args().toArray(), Locale.ENGLISH);
        List<NoticeDraft> drafts = members.adminIds().stream()
                .sorted()
                .map(id -> new NoticeDraft(
                        NoticeCategory.OPERATIONS,
                        id,
                        NoticeCategory.OPERATIONS.name() + ":" + alert.dedupeKey() + ":" + id,
                        text,
                        alert.link()))
                .toList();
        notices.deliver(drafts);
    }
}
