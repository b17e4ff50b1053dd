package org.hros.digest.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.digest.domain.DigestRenderer.RenderedDigest;
import org.hros.member.MemberDirectory;
import org.hros.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the digest outbox, built the way the notices' outbox is: every mail that is due, one at a time, each under
 * its row lock ({@code for update skip locked}, so several nodes may run it). A failed delivery is tried again after
 * an exponentially growing pause; after the last attempt the mail is marked failed and logged without the address.
 * A member who turned the digest off, or whose account is gone, since it was queued is not written to.
 */
@Component
public class DigestMailSender {

    private static final Logger log = LoggerFactory.getLogger(DigestMailSender.class);
    private static final int MAX_PER_RUN = 2_000;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MemberDirectory members;
    private final DigestPreferences preferences;
    private final DigestRenderer renderer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetry;

    DigestMailSender(
            JdbcClient jdbc,
            Mailer mailer,
            MemberDirectory members,
            DigestPreferences preferences,
            DigestRenderer renderer,
            PlatformTransactionManager transactions,
            Clock clock,
            DigestProperties digestProperties) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.members = members;
        this.preferences = preferences;
        this.renderer = renderer;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxAttempts = digestProperties.maxAttempts();
        this.firstRetry = digestProperties.firstRetry();
    }

    @Scheduled(
            fixedDelayString = "#{@'hros.digest-org.hros.digest.domain.DigestProperties'.sendInterval()}",
            initialDelayString = "#{@'hros.digest-org.hros.digest.domain.DigestProperties'.sendInterval()}")
    @SchedulerLock(name = "digest-mail", lockAtMostFor = "5m", lockAtLeastFor = "5s")
    void sendDueOnSchedule() {
        sendDue();
    }

    /** Sends every digest mail that is due now; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Outcome outcome = transaction.execute(status -> sendNext(clock.instant()));
            if (outcome == Outcome.NOTHING_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private Outcome sendNext(Instant now) {
        Optional<DueMail> due = jdbc.sql("select id, member_id, attempts, subject, text_body, html_body"
                        + " from digest_mail where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at, id limit 1 for update skip locked")
                .param(Timestamp.from(now))
                .query((rs, n) -> new DueMail(
                        rs.getLong("id"),
                        rs.getLong("member_id"),
                        rs.getInt("attempts"),
                        new RenderedDigest(
                                rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"))))
                .optional();
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        DueMail mail = due.get();
        Optional<String> address = members.contactAddress(mail.memberId());
        if (address.isEmpty() || preferences.choiceOf(mail.memberId()).off()) {
            mark(mail.id(), "CANCELLED", mail.attempts());
            return Outcome.SKIPPED;
        }
        try {
            mailer.send(renderer.message(address.get(), mail.memberId(), mail.content()));
        } catch (RuntimeException e) {
            failed(mail, now, e);
            return Outcome.FAILED;
        }
        jdbc.sql("update digest_mail set status = 'SENT', sent_at = ?, attempts = ? where id = ?")
                .params(Timestamp.from(now), mail.attempts() + 1, mail.id())
                .update();
        return Outcome.SENT;
    }

    private void failed(DueMail mail, Instant now, RuntimeException e) {
        int attempts = mail.attempts() + 1;
        if (attempts >= maxAttempts) {
            mark(mail.id(), "FAILED", attempts);
            // Never the address, nor the exception's message, which may name it.
            log.info(
                    "Digest mail {} to member {} failed {} times and is given up ({})",
                    mail.id(),
                    mail.memberId(),
                    attempts,
                    e.getClass().getSimpleName());
            return;
        }
        Instant next = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20)));
        jdbc.sql("update digest_mail set attempts = ?, next_attempt_at = ? where id = ?")
                .params(attempts, Timestamp.from(next), mail.id())
                .update();
        log.info(
                "Digest mail {} to member {} not delivered ({}), attempt {} of {}",
                mail.id(),
                mail.memberId(),
                e.getClass().getSimpleName(),
                attempts,
                maxAttempts);
    }

    private void mark(long mailId, String status, int attempts) {
        jdbc.sql("update digest_mail set status = ?, attempts = ? where id = ?")
                .params(status, attempts, mailId)
                .update();
    }

    private enum Outcome {
        NOTHING_DUE,
        SENT,
        SKIPPED,
        FAILED
    }

    private record DueMail(long id, long memberId, int attempts, RenderedDigest content) {}
}
