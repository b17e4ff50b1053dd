package org.hros.moderation.domain;

import java.util.Locale;
import org.hros.member.MemberDirectory;
import org.hros.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author of a flagged item what happened to it and why, always by e-mail: it concerns their standing. The
 * members who flagged it hear the outcome as a notice ({@link org.hros.moderation.FlagsDecided}).
 */
@Component
class ModerationMails {

    private final MemberDirectory members;
    private final Mailer mailer;
    private final MessageSource messages;

    ModerationMails(MemberDirectory members, Mailer mailer, MessageSource messages) {
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ModerationDecided event) {
        Locale locale = Locale.ENGLISH;
        String kind = messages.getMessage("flag.kind." + event.type().name(), null, locale);
        String decision = event.decision().name();
        Object[] args = {kind, event.title(), event.reason() == null ? "" : event.reason()};
        // A kept item that was never hidden is no news to its author.
        if (event.decision() != ModerationDecided.Decision.KEPT) {
            members.contactAddress(event.authorId())
                    .ifPresent(address -> mailer.send(new Mailer.MailMessage(
                            address,
                            messages.getMessage("mail.moderation.author." + decision + ".subject", args, locale),
                            messages.getMessage("mail.moderation.author." + decision + ".text", args, locale),
                            null)));
        }
    }
}
