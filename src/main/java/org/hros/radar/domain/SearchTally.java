package org.hros.radar.domain;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.hros.search.TopicsSearched;
import org.hros.shared.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Counts searches per topic and skill per day, and nothing else: the event carries no words, no member and no
 * address, and neither does the table.
 *
 * <p>A search is counted in memory and the counts are added to the table every few seconds, in one batch, and before
 * the trends are computed and when the application stops. Writing a row per search made every search — even one
 * answered from the page cache — wait for a database commit, and searches naming the same topic wait for each
 * other's row lock. A count lost to a crash here is not worth slowing searches for.
 */
@Component
class SearchTally {

    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SearchTally.class);

    /** One counted row of {@code trend_search_count}. */
    private record Row(LocalDate day, String kind, String slug) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Row, AtomicLong> pending = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> flushing;

    /**
     * Each node adds its own counts, so the flush is a job of this node's, not one under the cluster's lock as the
     * {@code @Scheduled} jobs are.
     */
    SearchTally(JdbcClient jdbc, Clock clock, TaskScheduler scheduler) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_INTERVAL);
    }

    @EventListener
    void on(TopicsSearched searched) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        searched.topics().forEach(topic -> count(day, "topic", topic));
        searched.skills().forEach(skill -> count(day, "skill", skill));
    }

    private void count(LocalDate day, String kind, Vocabulary word) {
        pending.computeIfAbsent(new Row(day, kind, word.slug()), row -> new AtomicLong())
                .incrementAndGet();
    }

    @PreDestroy
    void stop() {
        flushing.cancel(false);
        flush();
    }

    /** Adds the searches counted since the last time to the table. */
    synchronized void flush() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Map.Entry<Row, AtomicLong> entry : pending.entrySet()) {
            Row row = entry.getKey();
            long searches = entry.getValue().getAndSet(0);
            if (searches == 0) {
                if (row.day().isBefore(today)) {
                    pending.remove(row, entry.getValue());
                }
                continue;
            }
            try {
                jdbc.sql("insert into trend_search_count (day, kind, slug, searches) values (?, ?, ?, ?)"
                                + " on conflict (day, kind, slug) do update"
                                + " set searches = trend_search_count.searches + excluded.searches")
                        .params(row.day(), row.kind(), row.slug(), searches)
                        .update();
            } catch (RuntimeException e) {
                log.warn("{} searches could not be counted for the trends", searches, e);
            }
        }
    }
}
