package org.hros.export.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the open-data dump current, on one node at a time (both jobs share one lock): rebuilt every day, and
 * sooner when there is none yet or a case left the library since the last one, so that a withdrawn or taken-down
 * case is gone from the download within minutes, not a day.
 */
@Component
public class OpenDataJobs {

    private final OpenData openData;

    OpenDataJobs(OpenData openData) {
        this.openData = openData;
    }

    @Scheduled(cron = "#{@'hros.open-data-org.hros.export.domain.OpenDataProperties'.rebuildCron()}", zone = "UTC")
    @SchedulerLock(name = "open-data-dump", lockAtMostFor = "30m", lockAtLeastFor = "30s")
    public void rebuildOnSchedule() {
        openData.rebuild();
    }

    @Scheduled(
            initialDelayString = "#{@'hros.open-data-org.hros.export.domain.OpenDataProperties'.firstCheck()}",
            fixedDelayString = "#{@'hros.open-data-org.hros.export.domain.OpenDataProperties'.refreshInterval()}")
    @SchedulerLock(name = "open-data-dump", lockAtMostFor = "30m", lockAtLeastFor = "30s")
    public void refreshOnSchedule() {
        if (openData.stale()) {
            openData.rebuild();
        }
    }
}
