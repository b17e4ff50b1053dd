package org.hros.session.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.hros.shared.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private address of a member's own calendar of sessions. Calendar apps fetch it without logging in, so the
 * token is the proof: long and random, kept only as its hash, shown once, and replaced or revoked at will.
 */
@Service
public class CalendarTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the member; any earlier one stops working. */
    @Transactional
    public String issue(long memberId) {
        String token = Secrets.newSecret();
        jdbc.sql("insert into session_calendar_token (member_id, token_hash, created_at) values (?, ?, ?)"
                        + " on conflict (member_id) do update set token_hash = excluded.token_hash,"
                        + " created_at = excluded.created_at")
                .params(memberId, Secrets.sha256(token), Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    @Transactional
    public void revoke(long memberId) {
        jdbc.sql("delete from session_calendar_token where member_id = ?")
                .param(memberId)
                .update();
    }

    @Transactional(readOnly = true)
    public boolean has(long memberId) {
        return jdbc.sql("select count(*) from session_calendar_token where member_id = ?")
                        .param(memberId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<Long> memberOf(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select member_id from session_calendar_token where token_hash = ?")
                .param(Secrets.sha256(token))
                .query(Long.class)
                .optional();
    }
}
