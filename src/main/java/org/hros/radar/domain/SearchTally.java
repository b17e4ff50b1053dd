package org.hros.radar.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hros.search.TopicsSearched;
import org.hros.shared.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts searches per topic and skill per day, and nothing else: the event carries no words, no member and no
 * address, and neither does the table. Counted as the search is made; a count lost to a failure here is not worth
 * failing the search for.
 */
@Component
class SearchTally {

    private static final Logger log = LoggerFactory.getLogger(SearchTally.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchTally(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(TopicsSearched searched) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            searched.topics().forEach(topic -> count(day, "topic", topic));
            searched.skills().forEach(skill -> count(day, "skill", skill));
        } catch (RuntimeException e) {
            log.warn("A search could not be counted for the trends", e);
        }
    }

    private void count(LocalDate day, String kind, Vocabulary word) {
        jdbc.sql("insert into trend_search_count (day, kind, slug, searches) values (?, ?, ?, 1)"
                        + " on conflict (day, kind, slug) do update set searches = trend_search_count.searches + 1")
                .params(day, kind, word.slug())
                .update();
    }
}
