package org.hros.notification.domain;

import org.hros.notification.MailChoices;
import org.hros.notification.NoticeCategory;
import org.springframework.stereotype.Service;

/** The member's notification settings and unsubscribe links, for mails other modules send themselves. */
@Service
class MailChoiceService implements MailChoices {

    private final NoticePreferences preferences;
    private final UnsubscribeLinks links;

    MailChoiceService(NoticePreferences preferences, UnsubscribeLinks links) {
        this.preferences = preferences;
        this.links = links;
    }

    @Override
    public boolean wantsMail(long memberId, NoticeCategory category) {
        return preferences.of(memberId, category).byEmail();
    }

    @Override
    public String unsubscribePath(long memberId, NoticeCategory category) {
        return links.path(new Unsubscription(memberId, category));
    }
}
