package org.hros.platform;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rate-limit buckets that are full again and untouched, so that the table holds only callers seen
 * lately: bounded by the traffic of the longest allowance period, not by every address that ever called.
 */
@Component
class RateLimitBucketCleanup {

    private static final int BATCH = 1000;

    private final RateLimits limits;

    RateLimitBucketCleanup(RateLimits limits) {
        this.limits = limits;
    }

    @Scheduled(
            initialDelayString =
                    "#{@'hros.rate-limit-org.hros.platform.security.RateLimitProperties'.getCleanupInterval()}",
            fixedDelayString =
                    "#{@'hros.rate-limit-org.hros.platform.security.RateLimitProperties'.getCleanupInterval()}")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "10m", lockAtLeastFor = "1m")
    public void forgetFullBuckets() {
        ExpiredEntriesCleaner cleaner = (ExpiredEntriesCleaner) limits.buckets();
        while (cleaner.removeExpired(BATCH) == BATCH) {
            // another batch
        }
    }
}
