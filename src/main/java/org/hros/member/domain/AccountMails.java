package org.hros.member.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
 * Sends the verification and password-reset links once the request that asked for them has committed. The
 * events are kept in the publication registry, so a crash before sending only delays the mail.
 */
@Component
class AccountMails {

    static final Duration VERIFY_VALIDITY = Duration.ofDays(3);
    static final Duration RESET_VALIDITY = Duration.ofHours(2);

    private final MemberRepository members;
    private final MemberTokenRepository tokens;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final TransactionTemplate newTransaction;

    AccountMails(
            MemberRepository members,
            MemberTokenRepository tokens,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactions,
            HrosProperties hrosProperties) {
        this.members = members;
        this.tokens = tokens;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = hrosProperties.baseUrl();
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(MemberEvents.VerificationRequested event) {
        send(event.memberId(), MemberToken.Purpose.VERIFY_EMAIL, VERIFY_VALIDITY, "/verify?token=", "mail.verify");
    }

    @ApplicationModuleListener
    void on(MemberEvents.PasswordResetRequested event) {
        send(
                event.memberId(),
                MemberToken.Purpose.RESET_PASSWORD,
                RESET_VALIDITY,
                "/password-reset/new?token=",
                "mail.reset");
    }

    @ApplicationModuleListener
    void on(MemberEvents.SignUpWithTakenAddress event) {
        members.findById(event.memberId()).ifPresent(member -> {
            Locale locale = Locale.ENGLISH;
            String subject = messages.getMessage("mail.taken.subject", null, locale);
            String text = messages.getMessage(
                    "mail.taken.text",
                    new Object[] {member.displayName(), baseUrl + "/login", baseUrl + "/password-reset"},
                    locale);
            mailer.send(new Mailer.MailMessage(member.email(), subject, text, null));
        });
    }

    private void send(long memberId, MemberToken.Purpose purpose, Duration validity, String path, String key) {
        Member member = members.findById(memberId).orElse(null);
        if (member == null) {
            return;
        }
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        // The link must work the moment the mail arrives: commit the token before sending.
        newTransaction.executeWithoutResult(status ->
                tokens.save(new MemberToken(memberId, purpose, Secrets.sha256(secret), now, now.plus(validity))));
        String link = baseUrl + path + secret;
        Locale locale = Locale.ENGLISH;
        String subject = messages.getMessage(key + ".subject", null, locale);
        String text = messages.getMessage(key + ".text", new Object[] {member.displayName(), link}, locale);
        mailer.send(new org.hros.platform.Mailer.MailMessage(member.email(), subject, text, null));
    }
}
