package org.hros.digest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each member's digests stand: when the period of their last one ended, and so where the next begins. A
 * period starts where the previous one ended, so nothing is told twice and nothing is skipped; a member without a
 * recent digest gets one period's worth.
 */
@Component
class DigestPeriods {

    /** A period never reaches further back than this, e.g. for a member who turns the digest back on. */
    static final Duration LONGEST = Duration.ofDays(62);

    private final JdbcClient jdbc;

    DigestPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The end of every member's last digest period, by member. */
    Map<Long, Instant> lastEnds() {
        Map<Long, Instant> ends = new HashMap<>();
        jdbc.sql("select member_id, max(period_end) as last_end from digest_mail group by member_id")
                .query((rs, n) -> ends.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
        return ends;
    }

    Optional<Instant> lastEnd(long memberId) {
        return jdbc.sql("select max(period_end) from digest_mail where member_id = ?")
                .param(memberId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .single();
    }

    /**
     * Where a period ending at {@code until} begins: where the last one ended, if that is recent, otherwise one
     * period of {@code preference} back.
     */
    static Instant since(Instant lastEnd, DigestPreference preference, Instant slot, Instant until) {
        Instant since = lastEnd != null && lastEnd.isAfter(until.minus(LONGEST))
                ? lastEnd
                : preference.orWeekly().previousSlot(slot);
        return since.isBefore(until) ? since : until.minus(Duration.ofDays(1));
    }
}
