package org.hros.platform.db;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per cause and minute while the database has a bad moment: the first failure of a cause is logged at
 * once, the ones after it are counted, and the count is logged with the next failure a minute or more later. A
 * stalled database behind a busy site would otherwise log a stack trace per request.
 */
public final class DatabaseOutageLog {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageLog.class);
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    /** After this long without a failure of a cause, its next failure starts a new outage. */
    private static final Duration QUIET = Duration.ofMinutes(5);

    private static final ConcurrentMap<String, Window> WINDOWS = new ConcurrentHashMap<>();

    private DatabaseOutageLog() {}

    /**
     * Notes a failure that {@link DatabaseFaults#isOutage} recognised, from {@code where} (a page, a job); logs a line
     * when this cause has not been logged in the last minute.
     */
    public static void record(String where, Throwable failure) {
        String cause = DatabaseFaults.cause(failure).orElse("database failure");
        Window window = WINDOWS.computeIfAbsent(cause, c -> new Window());
        long now = System.nanoTime();
        long previous = window.seenAt.getAndSet(now);
        window.count.incrementAndGet();
        long last = window.loggedAt.get();
        boolean newOutage = last == 0 || now - previous > QUIET.toNanos();
        if (!newOutage && now - last < INTERVAL.toNanos()) {
            return;
        }
        if (!window.loggedAt.compareAndSet(last, now)) {
            return;
        }
        long seen = window.count.getAndSet(0);
        if (newOutage) {
            log.warn("Database unavailable ({}), first seen in {}; answering 503 while it lasts", cause, where);
        } else {
            log.warn(
                    "Database unavailable ({}): {} failure(s) in the last {} s, latest in {}",
                    cause,
                    seen,
                    Duration.ofNanos(now - last).toSeconds(),
                    where);
        }
    }

    private static final class Window {
        final AtomicLong count = new AtomicLong();
        final AtomicLong loggedAt = new AtomicLong();
        final AtomicLong seenAt = new AtomicLong();
    }
}
