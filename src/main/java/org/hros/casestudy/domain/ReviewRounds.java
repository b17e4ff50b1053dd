package org.hros.casestudy.domain;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the timeline of each review round ({@code review_round}) in the transaction that moves the case, so the
 * dashboard can tell how long submissions waited. Only the first editor action of a round is kept: a claim taken over
 * by another editor does not restart the clock.
 */
@Component
class ReviewRounds {

    private final JdbcClient jdbc;

    ReviewRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void submitted(long caseId, int round, Instant at) {
        jdbc.sql("""
                        insert into review_round (case_id, round, submitted_at) values (?, ?, ?)
                        on conflict (case_id, round) do update set submitted_at = excluded.submitted_at,
                            first_action_at = null, left_queue_at = null
                        """).params(caseId, round, java.sql.Timestamp.from(at)).update();
    }

    /** An editor claimed the round's submission: it is being looked at, and still in the queue. */
    void acted(long caseId, int round, Instant at) {
        jdbc.sql(
                        "update review_round set first_action_at = coalesce(first_action_at, ?) where case_id = ? and round = ?")
                .params(java.sql.Timestamp.from(at), caseId, round)
                .update();
    }

    /** The round was returned or released: an editor acted, and it left the queue. */
    void decided(long caseId, int round, Instant at) {
        jdbc.sql("""
                        update review_round set first_action_at = coalesce(first_action_at, ?),
                            left_queue_at = coalesce(left_queue_at, ?)
                        where case_id = ? and round = ?
                        """)
                .params(java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), caseId, round)
                .update();
    }
}
