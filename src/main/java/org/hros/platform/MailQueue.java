package org.hros.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implemented by each module that keeps an outbox of e-mails (notices, the digest), so that the operations page can
 * show how mail is flowing without depending on those modules. Counts and times only, never an address or a text.
 */
public interface MailQueue {

    /** The message key naming the outbox, e.g. "Notice mails". */
    String labelKey();

    /** The outbox as it stands, with sent and given-up mails counted from {@code since}. */
    State state(Instant since);

    /**
     * @param waiting mails not sent yet that will still be tried
     * @param sent mails sent since the moment asked
     * @param failed mails given up since the moment asked
     * @param oldestWaiting when the oldest waiting mail was queued, or {@code null}
     */
    record State(long waiting, long sent, long failed, Instant oldestWaiting) {}

    /**
     * The state of an outbox table with the columns both of HROS's outboxes share ({@code status} PENDING, SENT or
     * FAILED, {@code created_at}, {@code sent_at}, {@code next_attempt_at}), in one query. A mail given up is counted
     * by its last attempt's time, which is when it was given up.
     *
     * @param table the outbox's table: a name written in the calling code, never one that came from outside
     */
    static State stateOf(JdbcClient jdbc, String table, Instant since) {
        OffsetDateTime from = since.atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                        select count(*) filter (where status = 'PENDING') as waiting,
                            count(*) filter (where status = 'SENT' and sent_at >= ?) as sent,
                            count(*) filter (where status = 'FAILED' and coalesce(next_attempt_at, created_at) >= ?)
                                as failed,
                            min(created_at) filter (where status = 'PENDING') as oldest
                        from %s
                        """.formatted(table))
                .params(from, from)
                .query((rs, n) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    return new State(
                            rs.getLong("waiting"),
                            rs.getLong("sent"),
                            rs.getLong("failed"),
                            oldest == null ? null : oldest.toInstant());
                })
                .single();
    }
}
