package org.hros.member.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hros.member.MemberStandingChanged;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member, after commit, what an admin changed about their account and why. A suspended member's mail is
 * the one place besides the log-in page where they read the reason.
 */
@Component
class StandingMails {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final MemberRepository members;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    StandingMails(MemberRepository members, Mailer mailer, MessageSource messages, HrosProperties hrosProperties) {
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @ApplicationModuleListener
    void on(MemberStandingChanged event) {
        members.findById(event.memberId()).ifPresent(member -> {
            Locale locale = Locale.ENGLISH;
            String key = "mail.standing." + event.change().name();
            String role = messages.getMessage(event.role().messageKey(), null, locale);
            String until = event.until() == null
                    ? messages.getMessage("mail.standing.indefinitely", null, locale)
                    : messages.getMessage(
                            "mail.standing.until", new Object[] {DATE_TIME.format(event.until())}, locale);
            String subject = messages.getMessage(key + ".subject", new Object[] {role}, locale);
            String text = messages.getMessage(
                    key + ".text",
                    new Object[] {
                        member.displayName(), role, event.reason() == null ? "" : event.reason(), until, baseUrl
                    },
                    locale);
            mailer.send(new Mailer.MailMessage(member.email(), subject, text, null));
        });
    }
}
