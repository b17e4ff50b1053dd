package org.hros.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hros.platform.Sessions;
import org.springframework.stereotype.Component;

/**
 * Members whose sessions were all ended at a moment (their remember-me cookie was stolen, or an admin suspended them
 * or changed their role): every session of theirs begun before then is refused at its next request. Kept in memory,
 * like the rate limits: a restart ends every session anyway.
 */
@Component
class SessionRevocations implements Sessions {

    private final Map<String, Revocation> revoked = new ConcurrentHashMap<>();

    /** The container's clock, not the application's: session start times come from the container. */
    private final Clock clock = Clock.systemUTC();

    /** After a stolen remember-me cookie. */
    void revokeAll(String username) {
        revoked.put(key(username), new Revocation(clock.instant(), false));
    }

    /** After an admin changed the member's account. */
    @Override
    public void endAll(String username) {
        revoked.put(key(username), new Revocation(clock.instant(), true));
    }

    /** True when a session of {@code username} begun at {@code sessionStart} has been ended since. */
    boolean isRevoked(String username, Instant sessionStart) {
        Revocation r = revoked.get(key(username));
        return r != null && !sessionStart.isAfter(r.at());
    }

    /** Whether the last end of this member's sessions was an admin's doing rather than a stolen cookie. */
    boolean endedByAdmin(String username) {
        Revocation r = revoked.get(key(username));
        return r != null && r.byAdmin();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private record Revocation(Instant at, boolean byAdmin) {}
}
