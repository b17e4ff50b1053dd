package org.hros.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hros.platform.security.RateLimitProperties;
import org.springframework.stereotype.Component;

/**
 * Fixed allowances per action and caller (an IP address or a member), e.g. five sign-ups per hour from one
 * address. Counted in memory: a restart forgives, which is acceptable for abuse control on one node.
 */
@Component
public class RateLimits {

    /** The actions that have an allowance. */
    public enum Action {
        SIGN_UP,
        LOG_IN,
        PASSWORD_RESET,
        POST,
        /** Posting, counted per address for all the members behind it: a ceiling above one member's. */
        POST_FROM_ADDRESS,
        /** Anything that sends an e-mail: counted per recipient and per account. */
        MAIL,
        /** Anything that sends an e-mail, counted per address over all its recipients. */
        MAIL_FROM_ADDRESS,
        /** Previewing text while writing: often, but rendering costs, so not without end. */
        PREVIEW
    }

    private final RateLimitProperties properties;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(RateLimitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one use of {@code action} by {@code caller}.
     *
     * @throws RateLimitExceededException when the allowance for the current window is used up
     */
    public void consume(Action action, String caller) {
        RateLimitProperties.Allowance allowance = properties.allowance(action);
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.endsAt <= now);
        }
        Window window = windows.compute(action + ":" + caller, (key, current) -> {
            if (current == null || current.endsAt <= now) {
                return new Window(now + allowance.per().toMillis(), 1);
            }
            return new Window(current.endsAt, current.used + 1);
        });
        if (window.used > allowance.requests()) {
            throw new RateLimitExceededException(Duration.ofMillis(Math.max(1000, window.endsAt - now)));
        }
    }

    /** Forgets every count; for tests that exercise limits. */
    public void reset() {
        windows.clear();
    }

    private record Window(long endsAt, int used) {}
}
