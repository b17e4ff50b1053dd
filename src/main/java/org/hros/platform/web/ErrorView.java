package org.hros.platform.web;

/**
 * The status an error page explains; its texts are {@code error.<status>.title} and {@code .text}, or
 * {@code error.<status>.<reason>.title} and {@code .text} when the refusal has a reason of its own (a silenced
 * member trying to post).
 */
public record ErrorView(int status, String reason, long retryAfterSeconds) {

    public ErrorView(int status) {
        this(status, null, 0);
    }

    public ErrorView(int status, String reason) {
        this(status, reason, 0);
    }

    /** Whether the refusal says when to try again (a rate limit or a database outage, from {@code Retry-After}). */
    public boolean saysWhenToRetry() {
        return retryAfterSeconds > 0;
    }

    /** The text saying how long to wait, in seconds under a minute, in minutes under two hours, else in hours. */
    public String retryKey() {
        if (retryAfterSeconds < 60) {
            return "error.retry.seconds";
        }
        return retryAfterSeconds < 2 * 3600 ? "error.retry.minutes" : "error.retry.hours";
    }

    /** The amount {@link #retryKey()} speaks of, rounded up so that trying at the time said succeeds. */
    public long retryAmount() {
        if (retryAfterSeconds < 60) {
            return retryAfterSeconds;
        }
        return retryAfterSeconds < 2 * 3600 ? ceil(retryAfterSeconds, 60) : ceil(retryAfterSeconds, 3600);
    }

    private static long ceil(long value, long unit) {
        return (value + unit - 1) / unit;
    }

    public String titleKey() {
        return base() + ".title";
    }

    public String textKey() {
        return base() + ".text";
    }

    private String base() {
        return reason == null ? "error." + status : "error." + status + "." + reason;
    }
}
