package org.hros.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.hros.platform.db.DatabaseFaults;
import org.hros.platform.db.DatabaseOutageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers, once the application has started, the events an earlier run published and did not see handled (it was
 * stopped or crashed in between). Spring Modulith can do this itself during the start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), but there it hands every such event to
 * its listener at once from the thread that starts the application, and waits for a connection for each: after a
 * stop right behind a burst (the demo community's load publishes a few hundred events in one commit) the listeners
 * took every connection of the pool, the start's own next step waited for one in vain, and the application did not
 * start at all. Here it runs after the start, on a thread of its own; a delivery that fails is left to
 * {@link FailedEventRetries}.
 */
@Component
class OutstandingEventsAfterStart {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEventsAfterStart.class);

    private final IncompleteEventPublications publications;
    private final Clock clock;

    OutstandingEventsAfterStart(IncompleteEventPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resubmitAfterStart() {
        Instant started = clock.instant();
        Thread thread = new Thread(() -> resubmitPublishedBefore(started), "outstanding-events");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands the events published before {@code started} and still incomplete to their listeners again. */
    int resubmitPublishedBefore(Instant started) {
        AtomicInteger count = new AtomicInteger();
        try {
            publications.resubmitIncompletePublications(publication -> {
                boolean earlier = publication.getPublicationDate().isBefore(started);
                if (earlier) {
                    count.incrementAndGet();
                }
                return earlier;
            });
            if (count.get() > 0) {
                log.info("Delivering again {} events an earlier run did not see handled", count.get());
            }
        } catch (RuntimeException e) {
            if (DatabaseFaults.isOutage(e)) {
                DatabaseOutageLog.record("delivering outstanding events", e);
            } else {
                log.warn("Outstanding events could not be delivered again; they are retried later", e);
            }
        }
        return count.get();
    }
}
