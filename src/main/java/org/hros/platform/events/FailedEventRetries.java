package org.hros.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, on one node at a time, the events whose listener failed (a lock timeout under load, a database
 * that went away for a moment): the registry keeps them as failed, and without this they would wait for the next
 * start. Each is tried again after a back-off that doubles with its attempts, from one minute up to an hour, so a
 * listener that keeps failing costs little. Listeners are idempotent (dedupe keys, upserts), so a second delivery
 * adds nothing that the first one wrote.
 */
@Component
class FailedEventRetries {

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final IncompleteEventPublications publications;
    private final Clock clock;

    FailedEventRetries(IncompleteEventPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    @SchedulerLock(name = "failed-event-retries", lockAtMostFor = "10m", lockAtLeastFor = "10s")
    public void retryFailed() {
        resubmitDue();
    }

    /** The work of {@link #retryFailed()}, without the cluster lock (which another node, or test context, may hold). */
    void resubmitDue() {
        Instant now = clock.instant();
        publications.resubmitIncompletePublications(
                ResubmissionOptions.defaults().withBatchSize(100).withFilter(p -> due(p, now)));
    }

    /** Whether a failed publication has waited long enough since its last attempt. */
    static boolean due(EventPublication publication, Instant now) {
        int attempts = Math.max(1, publication.getCompletionAttempts());
        Duration doubled = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 7));
        Duration wait = doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled;
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(wait).isAfter(now);
    }
}
