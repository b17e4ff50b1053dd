package org.hros.member.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer;
import org.hros.platform.SiteIdentity;
import org.hros.shared.Secrets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails an invitation once the request that sent it has committed. The link's secret is made here and only its
 * hash is stored, so neither the event registry nor the database ever holds a usable link.
 */
@Component
class JoinInvitationMails {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ObjectProvider<SiteIdentity> site;
    private final String baseUrl;
    private final TransactionTemplate newTransaction;

    JoinInvitationMails(
            InvitationRepository invitations,
            MemberRepository members,
            Mailer mailer,
            MessageSource messages,
            ObjectProvider<SiteIdentity> site,
            PlatformTransactionManager transactions,
            HrosProperties hrosProperties) {
        this.invitations = invitations;
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.baseUrl = hrosProperties.baseUrl();
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(MemberEvents.InvitationMailRequested event) {
        Invitation invitation = invitations.findById(event.invitationId()).orElse(null);
        if (invitation == null) {
            return;
        }
        String secret = Secrets.newSecret();
        // The link must work the moment the mail arrives: commit its hash before sending.
        newTransaction.executeWithoutResult(status ->
                invitations.findById(event.invitationId()).ifPresent(i -> i.linkWith(Secrets.sha256(secret))));
        String inviter = members.findById(invitation.invitedBy())
                .map(Member::displayName)
                .orElse("");
        SiteIdentity identity = site.getIfAvailable();
        Locale locale = Locale.ENGLISH;
        String community = identity == null
                ? messages.getMessage("site.name", null, locale)
                : identity.identity().name();
        String subject = messages.getMessage("mail.invitation.subject", new Object[] {inviter, community}, locale);
        String text = messages.getMessage(
                "mail.invitation.text",
                new Object[] {
                    inviter, community, baseUrl + "/signup?invitation=" + secret, DATE.format(invitation.expiresAt())
                },
                locale);
        mailer.send(new Mailer.MailMessage(invitation.email(), subject, text, null));
    }
}
