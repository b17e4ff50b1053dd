package org.hros.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Members whose sessions were all ended at a moment (their remember-me cookie was stolen): every session of theirs
 * begun before then is refused at its next request. Kept in memory, like the rate limits: a restart ends every
 * session anyway.
 */
@Component
class SessionRevocations {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    /** The container's clock, not the application's: session start times come from the container. */
    private final Clock clock = Clock.systemUTC();

    void revokeAll(String username) {
        revoked.put(key(username), clock.instant());
    }

    /** True when a session of {@code username} begun at {@code sessionStart} has been ended since. */
    boolean isRevoked(String username, Instant sessionStart) {
        Instant at = revoked.get(key(username));
        return at != null && !sessionStart.isAfter(at);
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
