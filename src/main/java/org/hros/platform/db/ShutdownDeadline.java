package org.hros.platform.db;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Stopping never takes longer than {@link #DEADLINE}: once the application starts to close, a watchdog ends the
 * process at the deadline whatever is still waiting, typically on a database that does not answer (Hibernate Search
 * waiting for its indexing agent's statement, the pool for a connection, {@code pg_ctl} for a stalled postmaster).
 * Nothing acknowledged is at risk: every commit is on disk before it was acknowledged, and a postmaster left behind
 * is stopped at the next start ({@link OrphanedPostmaster}).
 *
 * <p>Added by {@code HrosApplication.main} only: a test JVM closes many applications in a row and must not be ended.
 */
public final class ShutdownDeadline implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDeadline.class);
    static final Duration DEADLINE = Duration.ofSeconds(8);
    /** The status a process ended by SIGTERM has; supervisors read it as a normal stop. */
    private static final int STOPPED = 143;

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(DEADLINE.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                    log.warn(
                            "Stopping has taken {} s, most likely waiting on a database that does not answer; ending now",
                            DEADLINE.toSeconds());
                    Runtime.getRuntime().halt(STOPPED);
                },
                "shutdown-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
