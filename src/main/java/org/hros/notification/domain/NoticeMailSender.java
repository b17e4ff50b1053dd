package org.hros.notification.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.member.MemberDirectory;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.notification.domain.NoticeMailRenderer.MailItem;
import org.hros.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: every mail that is due, one at a time, each under its row lock (several nodes may run this).
 * It runs on a timer and right after a listener queued a mail that is due, never on the thread of the request
 * that caused it. A failed delivery is tried again after an exponentially growing pause; after the last attempt
 * the mail is marked failed and logged, without the address.
 */
@Component
public class NoticeMailSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailSender.class);
    private static final int MAX_PER_RUN = 500;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MemberDirectory members;
    private final NoticePreferences preferences;
    private final NoticeMailRenderer renderer;
    private final NoticeTexts texts;
    private final CircleScope circles;
    private final TransactionTemplate transaction;
    private final Executor executor;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetry;

    NoticeMailSender(
            JdbcClient jdbc,
            Mailer mailer,
            MemberDirectory members,
            NoticePreferences preferences,
            NoticeMailRenderer renderer,
            NoticeTexts texts,
            CircleScope circles,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock,
            NotificationProperties notificationProperties) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.members = members;
        this.preferences = preferences;
        this.renderer = renderer;
        this.texts = texts;
        this.circles = circles;
        this.transaction = new TransactionTemplate(transactions);
        this.executor = executor;
        this.clock = clock;
        this.maxAttempts = notificationProperties.maxAttempts();
        this.firstRetry = notificationProperties.firstRetry();
    }

    /** Sends what is due soon, on another thread. */
    void wake() {
        executor.execute(this::sendDue);
    }

    /**
     * On one node at a time. Each mail is taken under {@code for update skip locked}, so the job's lock only saves
     * work; it is held one minute at most, so that a node killed mid-run holds back the mails for no longer.
     */
    @Scheduled(
            fixedDelayString =
                    "#{@'hros.notifications-org.hros.notification.domain.NotificationProperties'.sendInterval()}",
            initialDelayString =
                    "#{@'hros.notifications-org.hros.notification.domain.NotificationProperties'.sendInterval()}")
    @SchedulerLock(name = "notice-mail-sender", lockAtMostFor = "1m", lockAtLeastFor = "5s")
    public void sendDueOnSchedule() {
        sendDue();
    }

    /** Sends every mail that is due now; returns how many were sent. */
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
        Optional<DueMail> due = jdbc.sql("select id, recipient_id, category, attempts from notice_mail"
                        + " where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit 1"
                        + " for update skip locked")
                .param(Times.sql(now))
                .query((rs, n) -> new DueMail(
                        rs.getLong("id"),
                        rs.getLong("recipient_id"),
                        rs.getString("category") == null ? null : NoticeCategory.valueOf(rs.getString("category")),
                        rs.getInt("attempts")))
                .optional();
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        DueMail mail = due.get();
        // A member who changed their mind since the notices were queued is not written to.
        Map<NoticeCategory, NoticeDelivery> choices = preferences.of(mail.recipientId());
        // Nor about a circle they are no longer in.
        java.util.Set<Long> inCircles = circles.circlesOf(mail.recipientId());
        record Row(NoticeCategory category, NoticeTexts.Stored text, String link, Long circleId) {}
        List<Row> rows = jdbc
                .sql("select n.category, " + NoticeTexts.COLUMNS + ", n.link, n.circle_id from notice_mail_item i"
                        + " join notice n on n.id = i.notice_id where i.mail_id = ? order by n.created_at, n.id")
                .param(mail.id())
                .query((rs, n) -> new Row(
                        NoticeCategory.valueOf(rs.getString("category")),
                        texts.stored(rs),
                        rs.getString("link"),
                        rs.getObject("circle_id") == null ? null : rs.getLong("circle_id")))
                .list()
                .stream()
                .filter(row -> choices.get(row.category()).byEmail())
                .filter(row -> row.circleId() == null || inCircles.contains(row.circleId()))
                .toList();
        List<String> words = texts.read(rows.stream().map(Row::text).toList());
        List<MailItem> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            items.add(new MailItem(
                    rows.get(i).category(), words.get(i), rows.get(i).link()));
        }
        Optional<String> address = members.contactAddress(mail.recipientId());
        if (items.isEmpty() || address.isEmpty()) {
            mark(mail.id(), "CANCELLED", mail.attempts());
            return Outcome.SKIPPED;
        }
        try {
            mailer.send(renderer.render(address.get(), mail.recipientId(), mail.category(), items));
        } catch (RuntimeException e) {
            failed(mail, now, e);
            return Outcome.FAILED;
        }
        jdbc.sql("update notice_mail set status = 'SENT', sent_at = ?, attempts = ? where id = ?")
                .params(Times.sql(now), mail.attempts() + 1, mail.id())
                .update();
        return Outcome.SENT;
    }

    private void failed(DueMail mail, Instant now, RuntimeException e) {
        int attempts = mail.attempts() + 1;
        if (attempts >= maxAttempts) {
            mark(mail.id(), "FAILED", attempts);
            // Never the address, nor the exception's message, which may name it.
            log.info(
                    "Notice mail {} to member {} failed {} times and is given up ({})",
                    mail.id(),
                    mail.recipientId(),
                    attempts,
                    e.getClass().getSimpleName());
            return;
        }
        Instant next = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20)));
        jdbc.sql("update notice_mail set attempts = ?, next_attempt_at = ? where id = ?")
                .params(attempts, Times.sql(next), mail.id())
                .update();
        log.info(
                "Notice mail {} to member {} not delivered ({}), attempt {} of {}; next at {}",
                mail.id(),
                mail.recipientId(),
                e.getClass().getSimpleName(),
                attempts,
                maxAttempts,
                next);
    }

    private void mark(long mailId, String status, int attempts) {
        jdbc.sql("update notice_mail set status = ?, attempts = ? where id = ?")
                .params(status, attempts, mailId)
                .update();
    }

    private enum Outcome {
        NOTHING_DUE,
        SENT,
        SKIPPED,
        FAILED
    }

    private record DueMail(long id, long recipientId, NoticeCategory category, int attempts) {}
}
