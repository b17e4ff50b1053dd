package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.hros.notification.domain.NoticeMailSender;
import org.hros.notification.domain.NoticePreferences;
import org.hros.support.IntegrationTestBase;
import org.hros.support.MailOutage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes other modules' events as they would (inside a committed transaction) and reads what came of them. */
abstract class NoticeTestBase extends IntegrationTestBase {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1_000L);

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ApplicationEventPublisher events;

    @Autowired
    protected PlatformTransactionManager transactions;

    @Autowired
    protected NoticeMailSender sender;

    @Autowired
    protected NoticePreferences preferences;

    @Autowired
    protected MailOutage outage;

    protected static org.hros.member.MemberPrincipal principal(
            org.hros.support.TestFixtures.Person person, org.hros.member.MemberRole role) {
        return new org.hros.member.MemberPrincipal(
                person.id(), person.email(), "h" + person.id(), person.name(), role, true, "");
    }

    /** An id no other test has used, so events from different tests never share a dedupe key. */
    protected static long uniqueId() {
        return IDS.incrementAndGet();
    }

    /** Publishes the event in a transaction that commits, as the owning module does. */
    protected void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    /** A notice as stored. */
    protected record StoredNotice(long id, NoticeCategory category, String text, String link, boolean read) {}

    protected List<StoredNotice> notices(long memberId) {
        return jdbc.sql("select id, category, text, link, read_at from notice where recipient_id = ? order by id")
                .param(memberId)
                .query((rs, n) -> new StoredNotice(
                        rs.getLong("id"),
                        NoticeCategory.valueOf(rs.getString("category")),
                        rs.getString("text"),
                        rs.getString("link"),
                        rs.getObject("read_at") != null))
                .list();
    }

    /** Waits until the member has at least {@code count} notices and returns them all. */
    protected List<StoredNotice> awaitNotices(long memberId, int count) {
        await(() -> notices(memberId).size() >= count);
        return notices(memberId);
    }

    /** Waits until every publication of events whose JSON contains {@code fragment} is complete. */
    protected void awaitHandled(String fragment) {
        await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                + " and serialized_event like ?")
                        .param("%" + fragment + "%")
                        .query(Long.class)
                        .single()
                == 0);
    }

    /** The outbox rows for a member: status, number of notices, attempts. */
    protected record OutboxMail(long id, String category, String status, int items, int attempts) {}

    protected List<OutboxMail> outbox(long memberId) {
        return jdbc.sql("select m.id, m.category, m.status, m.attempts,"
                        + " (select count(*) from notice_mail_item i where i.mail_id = m.id) as items"
                        + " from notice_mail m where m.recipient_id = ? order by m.id")
                .param(memberId)
                .query((rs, n) -> new OutboxMail(
                        rs.getLong("id"),
                        rs.getString("category"),
                        rs.getString("status"),
                        rs.getInt("items"),
                        rs.getInt("attempts")))
                .list();
    }

    protected static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertThat(condition.getAsBoolean())
                        .as("condition met within 15 s")
                        .isTrue();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
