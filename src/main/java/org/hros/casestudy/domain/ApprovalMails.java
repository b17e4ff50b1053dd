package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hros.casestudy.CaseStatus;
import org.hros.platform.HrosProperties;
import org.hros.platform.Mailer;
import org.hros.shared.Secrets;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the approver's private link and mails it once the editor's approval has committed. The event waits in
 * the publication registry until the mail is sent, so a crash in between only delays it (and the approver
 * gets a fresh link). The mail names the case, never its author.
 */
@Component
class ApprovalMails {

    static final Duration VALIDITY = Duration.ofDays(14);

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private final CaseStudyRepository cases;
    private final EmployerApprovalRepository approvals;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final TransactionTemplate committedAtOnce;

    ApprovalMails(
            CaseStudyRepository cases,
            EmployerApprovalRepository approvals,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactions,
            HrosProperties hrosProperties) {
        this.cases = cases;
        this.approvals = approvals;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = hrosProperties.baseUrl();
        this.committedAtOnce = new TransactionTemplate(transactions);
        this.committedAtOnce.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ApprovalRequested event) {
        CaseStudy c = cases.findById(event.caseId()).orElse(null);
        if (c == null
                || c.status() != CaseStatus.AWAITING_APPROVAL
                || c.reviewRound() != event.round()
                || c.approverEmail() == null) {
            return; // the author took the case back in the meantime
        }
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        // The link must work the moment the mail arrives, so it is committed before the mail is sent.
        EmployerApproval approval = new EmployerApproval(c.id(), c.reviewRound(), Secrets.sha256(secret), now, expires);
        committedAtOnce.executeWithoutResult(status -> approvals.save(approval));
        Locale locale = Locale.ENGLISH;
        String subject = messages.getMessage("mail.approval.subject", null, locale);
        String text = messages.getMessage(
                "mail.approval.text",
                new Object[] {c.title(), baseUrl + "/approvals/" + secret, WHEN.format(expires.atZone(ZoneOffset.UTC))},
                locale);
        mailer.send(new Mailer.MailMessage(c.approverEmail(), subject, text, null));
    }
}
