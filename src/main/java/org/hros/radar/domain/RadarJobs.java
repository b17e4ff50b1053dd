package org.hros.radar.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The radar's and the trends' scheduled work. Each job replaces its tables as a whole in one transaction, and an
 * edition is keyed by its quarter, so running a job twice, or on two nodes, changes nothing more.
 */
@Component
class RadarJobs {

    private final RadarRefresh radar;
    private final TrendJob trends;
    private final Editions editions;

    RadarJobs(RadarRefresh radar, TrendJob trends, Editions editions) {
        this.radar = radar;
        this.trends = trends;
        this.editions = editions;
    }

    /** A fresh installation (or one that was down at the hour) shows a radar at once. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        refresh();
    }

    @Scheduled(cron = "#{@'hros.radar-org.hros.radar.domain.RadarProperties'.refreshCron()}", zone = "UTC")
    @SchedulerLock(name = "radar-refresh", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    void refresh() {
        radar.refresh();
        trends.compute();
    }

    /** On each day (so also the first of a quarter), publishes this quarter's edition if nobody has yet. */
    @Scheduled(cron = "#{@'hros.radar-org.hros.radar.domain.RadarProperties'.editionCron()}", zone = "UTC")
    @SchedulerLock(name = "radar-edition", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    void publishQuarterlyEdition() {
        if (!editions.publishedThisQuarter()) {
            radar.refresh();
            editions.publish(null);
        }
    }
}
