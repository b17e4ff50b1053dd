package org.hros.radar.domain;

import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
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

    private static final Logger log = LoggerFactory.getLogger(RadarJobs.class);

    private final RadarRefresh radar;
    private final TrendJob trends;
    private final Editions editions;
    private final Executor executor;

    RadarJobs(
            RadarRefresh radar,
            TrendJob trends,
            Editions editions,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.radar = radar;
        this.trends = trends;
        this.editions = editions;
        this.executor = executor;
    }

    /**
     * A fresh installation (or one that was down at the hour) shows a radar soon after it starts. The refresh reads
     * the whole published library, so it runs beside the start, not in it: at 100,000 cases its reading took longer
     * than the statement timeout on a busy machine, and, run on the start's own thread, that failure stopped HROS
     * from starting at all. A refresh that fails here is logged and done again at the next scheduled hour.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        executor.execute(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                log.warn("The radar and trends were not refreshed at start; the next scheduled refresh will", e);
            }
        });
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
