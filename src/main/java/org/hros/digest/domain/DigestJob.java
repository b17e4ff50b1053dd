package org.hros.digest.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds and queues the digests that are due, every {@code hros.digest.run-interval} (five minutes by default, so a
 * digest leaves within minutes of its hour). Running it again, or on several nodes, sends nothing twice: each
 * member's period is recorded once.
 */
@Component
class DigestJob {

    private final DigestRuns runs;

    DigestJob(DigestRuns runs) {
        this.runs = runs;
    }

    @Scheduled(
            fixedDelayString = "#{@'hros.digest-org.hros.digest.domain.DigestProperties'.runInterval()}",
            initialDelayString = "#{@'hros.digest-org.hros.digest.domain.DigestProperties'.runInterval()}")
    @SchedulerLock(name = "digest-queue", lockAtMostFor = "30m", lockAtLeastFor = "30s")
    void queueDueDigests() {
        runs.runNow();
    }
}
