package org.hros.circle.domain;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hros.platform.Mailer;
import org.hros.shared.Secrets;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails an invitation's private link once the invitation has committed. The mail names the circle and nothing
 * else from inside it: no members, no posts. The secret exists only in the mail; the database keeps its hash.
 */
@Component
class InvitationMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final CircleInvitationRepository invitations;
    private final CircleRepository circles;
    private final CircleInvitations links;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    InvitationMails(
            CircleInvitationRepository invitations,
            CircleRepository circles,
            CircleInvitations links,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.circles = circles;
        this.links = links;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(CircleInvitations.InvitationRequested event) {
        CircleInvitation invitation = invitations.findById(event.invitationId()).orElse(null);
        if (invitation == null || !clock.instant().isBefore(invitation.expiresAt())) {
            return;
        }
        Circle circle = circles.findById(invitation.circleId()).orElse(null);
        if (circle == null) {
            return;
        }
        String secret = Secrets.newSecret();
        // The link must work the moment the mail arrives: commit the secret's hash before sending.
        newTransaction.executeWithoutResult(
                status -> invitations.findById(invitation.id()).ifPresent(i -> {
                    i.issue(Secrets.sha256(secret));
                    invitations.save(i);
                }));
        Locale locale = Locale.ENGLISH;
        String subject = messages.getMessage("mail.circleInvite.subject", new Object[] {circle.name()}, locale);
        String text = messages.getMessage(
                "mail.circleInvite.text",
                new Object[] {
                    circle.name(),
                    links.link(secret),
                    DATE.format(invitation.expiresAt().atZone(ZoneOffset.UTC))
                },
                locale);
        mailer.send(new Mailer.MailMessage(invitation.email(), subject, text, null));
    }
}
