package org.hros.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hros.platform.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members whose sessions were all ended at a moment (their remember-me cookie was stolen, or an admin suspended them
 * or changed their role): every session of theirs begun before then is refused at its next request. Kept in
 * PostgreSQL, like the sessions themselves, so that the refusal holds on every node and after a restart.
 */
@Component
class SessionRevocations implements Sessions {

    private final JdbcClient jdbc;

    /** The container's clock, not the application's: session start times come from the session store. */
    private final Clock clock = Clock.systemUTC();

    SessionRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After a stolen remember-me cookie. */
    void revokeAll(String username) {
        record(username, false);
    }

    /** After an admin changed the member's account. */
    @Override
    public void endAll(String username) {
        record(username, true);
    }

    /** True when a session of {@code username} begun at {@code sessionStart} has been ended since. */
    boolean isRevoked(String username, Instant sessionStart) {
        return revocation(username).map(r -> !sessionStart.isAfter(r.at())).orElse(false);
    }

    /** Whether the last end of this member's sessions was an admin's doing rather than a stolen cookie. */
    boolean endedByAdmin(String username) {
        return revocation(username).map(Revocation::byAdmin).orElse(false);
    }

    private void record(String username, boolean byAdmin) {
        jdbc.sql("insert into session_revocation (username, revoked_at, by_admin) values (?, ?, ?)"
                        + " on conflict (username) do update set revoked_at = excluded.revoked_at,"
                        + " by_admin = excluded.by_admin")
                .params(key(username), Timestamp.from(clock.instant()), byAdmin)
                .update();
    }

    private Optional<Revocation> revocation(String username) {
        return jdbc.sql("select revoked_at, by_admin from session_revocation where username = ?")
                .param(key(username))
                .query((rs, n) -> new Revocation(rs.getTimestamp(1).toInstant(), rs.getBoolean(2)))
                .optional();
    }

    private static String key(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private record Revocation(Instant at, boolean byAdmin) {}
}
