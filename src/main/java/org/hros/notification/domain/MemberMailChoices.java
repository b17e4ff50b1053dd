package org.hros.notification.domain;

import org.hros.notification.MailChoices;
import org.hros.notification.NoticeCategory;
import org.hros.platform.HrosProperties;
import org.springframework.stereotype.Component;

/** Members' notice preferences and unsubscribe links, for e-mails other modules write themselves. */
@Component
class MemberMailChoices implements MailChoices {

    private final NoticePreferences preferences;
    private final UnsubscribeLinks links;
    private final String baseUrl;

    MemberMailChoices(NoticePreferences preferences, UnsubscribeLinks links, HrosProperties hrosProperties) {
        this.preferences = preferences;
        this.links = links;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @Override
    public boolean wantsEmail(long memberId, NoticeCategory category) {
        return preferences.of(memberId, category).byEmail();
    }

    @Override
    public String unsubscribeUrl(long memberId, NoticeCategory category) {
        return baseUrl + links.path(new Unsubscription(memberId, category));
    }
}
