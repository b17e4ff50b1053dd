package org.hros.member.domain;

import java.util.Locale;
import org.hros.member.TrustLevelChanged;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member, after commit, that their trust level changed: earned (what it lifts) or set by an editor or admin
 * (with their reason).
 */
@Component
class TrustMails {

    private final MemberRepository members;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    TrustMails(MemberRepository members, Mailer mailer, MessageSource messages, HrosProperties hrosProperties) {
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @ApplicationModuleListener
    void on(TrustLevelChanged event) {
        members.findById(event.memberId()).ifPresent(member -> {
            Locale locale = Locale.ENGLISH;
            String level = messages.getMessage(event.after().messageKey(), null, locale);
            String key = event.byHand() ? "mail.trust.byHand" : "mail.trust.earned";
            Object[] args = {member.displayName(), level, event.reason() == null ? "" : event.reason(), baseUrl};
            mailer.send(new Mailer.MailMessage(
                    member.email(),
                    messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".text", args, locale),
                    null));
        });
    }
}
