package org.hros.platform;

import java.time.Duration;

/** Thrown when a client has used up an allowance; answered with 429 and {@code Retry-After}. */
public class RateLimitExceededException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super("Too many requests");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
