package org.hros.team.domain;

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
 * Mails an invitation's private link once the invitation has committed. The mail names the team and nothing else
 * from inside it: no members, no assignments.
 */
@Component
class TeamInvitationMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final TeamInvitationRepository invitations;
    private final TeamRepository teams;
    private final TeamInvitations links;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    TeamInvitationMails(
            TeamInvitationRepository invitations,
            TeamRepository teams,
            TeamInvitations links,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.teams = teams;
        this.links = links;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(TeamInvitations.TeamInvitationRequested event) {
        TeamInvitation invitation = invitations.findById(event.invitationId()).orElse(null);
        if (invitation == null || !invitation.open(clock.instant())) {
            return;
        }
        Team team = teams.findById(invitation.teamId()).orElse(null);
        if (team == null) {
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
        String subject = messages.getMessage("team.mail.invite.subject", new Object[] {team.name()}, locale);
        String text = messages.getMessage(
                "team.mail.invite.text",
                new Object[] {
                    team.name(),
                    links.link(secret),
                    DATE.format(invitation.expiresAt().atZone(ZoneOffset.UTC))
                },
                locale);
        mailer.send(new Mailer.MailMessage(invitation.email(), subject, text, null));
    }
}
