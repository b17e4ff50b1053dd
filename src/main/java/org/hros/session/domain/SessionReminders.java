package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds members with a seat the day before a session and an hour before. Each reminder is claimed under
 * {@code for update skip locked}, sent and marked in one transaction, so a run on several nodes or twice in a row
 * sends it once; a failed mail rolls the mark back and is tried on the next run. A reminder whose window has
 * passed (the session moved, or the seat came later) is not sent: a member who RSVPs within a day of the start
 * gets no "tomorrow" reminder, their confirmation has just told them.
 */
@Component
public class SessionReminders {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final SessionMails mails;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SessionReminders(JdbcClient jdbc, SessionMails mails, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "#{@'hros.sessions-org.hros.session.domain.SessionProperties'.reminderInterval()}",
            initialDelayString = "#{@'hros.sessions-org.hros.session.domain.SessionProperties'.reminderInterval()}")
    @SchedulerLock(name = "session-reminders", lockAtMostFor = "5m", lockAtLeastFor = "5s")
    void sendDueOnSchedule() {
        sendDue();
    }

    /** Sends every reminder due now; returns how many were handled (sent, or skipped by the member's choice). */
    public int sendDue() {
        int handled = 0;
        while (Boolean.TRUE.equals(transaction.execute(s -> next("hour_reminder_at", HOUR, "mail.session.soon")))) {
            handled++;
        }
        while (Boolean.TRUE.equals(transaction.execute(s -> next("day_reminder_at", DAY, "mail.session.tomorrow")))) {
            handled++;
        }
        return handled;
    }

    /** Claims, sends and marks one due reminder; false when none is due. */
    private boolean next(String column, Duration before, String key) {
        Instant now = clock.instant();
        record Due(long sessionId, long memberId) {}
        // Due: the session starts within `before`, has not started, the seat was confirmed before the window
        // opened, and this reminder is not yet marked. The hour reminder also closes the day reminder.
        Optional<Due> due = jdbc.sql("select r.session_id, r.member_id from session_rsvp r"
                        + " join live_session s on s.id = r.session_id"
                        + " where r.status = 'CONFIRMED' and r." + column + " is null"
                        + " and s.starts_at > ? and s.starts_at <= ?"
                        + " and r.confirmed_at < s.starts_at - make_interval(secs => ?)"
                        + " order by s.starts_at, r.member_id limit 1 for update of r skip locked")
                .params(Timestamp.from(now), Timestamp.from(now.plus(before)), before.toSeconds())
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2)))
                .optional();
        if (due.isEmpty()) {
            return false;
        }
        long sessionId = due.get().sessionId();
        long memberId = due.get().memberId();
        mails.remind(sessionId, memberId, key);
        Timestamp at = Timestamp.from(now);
        if (column.equals("hour_reminder_at")) {
            jdbc.sql("update session_rsvp set hour_reminder_at = ?, day_reminder_at = coalesce(day_reminder_at, ?)"
                            + " where session_id = ? and member_id = ?")
                    .params(at, at, sessionId, memberId)
                    .update();
        } else {
            jdbc.sql("update session_rsvp set day_reminder_at = ? where session_id = ? and member_id = ?")
                    .params(at, sessionId, memberId)
                    .update();
        }
        return true;
    }
}
