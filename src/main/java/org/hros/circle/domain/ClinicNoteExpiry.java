package org.hros.circle.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes clinic notes older than their circle's retention, for real: the rows are gone from the database, not
 * flagged. Circle content is never put in the public search index (nothing in this module indexes it, and it
 * must stay that way), so there is no index entry to remove. Check-ins are not clinic notes and stay.
 */
@Component
public class ClinicNoteExpiry {

    private static final Logger log = LoggerFactory.getLogger(ClinicNoteExpiry.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ClinicNoteExpiry(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** On one node at a time, and at most once in five minutes however many nodes run it. */
    @Scheduled(
            fixedDelayString = "#{@'hros.circles-org.hros.circle.domain.CircleProperties'.expiryInterval()}",
            initialDelayString = "#{@'hros.circles-org.hros.circle.domain.CircleProperties'.expiryInterval()}")
    @SchedulerLock(name = "clinic-note-expiry", lockAtMostFor = "10m", lockAtLeastFor = "5m")
    public void deleteExpiredOnSchedule() {
        deleteExpired();
    }

    /** Deletes expired clinic posts and the threads left empty, together; returns how many posts went. */
    public int deleteExpired() {
        return transaction.execute(status -> deleteExpiredNow());
    }

    private int deleteExpiredNow() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int posts = jdbc.update("""
                delete from circle_post p
                 using circle_thread t, circle c
                 where p.thread_id = t.id and t.circle_id = c.id and t.kind = 'CLINIC'
                   and c.note_retention_days is not null
                   and p.created_at < cast(? as timestamptz) - make_interval(days => c.note_retention_days)
                """, now);
        int threads = jdbc.update("""
                delete from circle_thread t
                 where t.kind = 'CLINIC'
                   and not exists (select 1 from circle_post p where p.thread_id = t.id)
                """);
        if (posts > 0 || threads > 0) {
            log.info("Deleted {} expired clinic posts and {} emptied clinic threads", posts, threads);
        }
        return posts;
    }
}
