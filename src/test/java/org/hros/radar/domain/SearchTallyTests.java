package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.hros.search.TopicsSearched;
import org.hros.shared.Skill;
import org.hros.support.IntegrationTestBase;
import org.hros.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search is counted for the trends without a statement of its own: the counts are added to the table in one
 * batch, so searches (and search pages answered from the page cache) never wait for a commit or for each other.
 */
class SearchTallyTests extends IntegrationTestBase {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SearchTally tally;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchesAreCountedWithoutAStatementEachAndAddedUpWhenFlushed() throws Exception {
        tally.flush();
        jdbc.sql("delete from trend_search_count").update();
        long statements = StatementCounter.count(() -> {
            for (int i = 0; i < 5; i++) {
                events.publishEvent(new TopicsSearched(Set.of(), Set.of(Skill.of("budgeting"))));
            }
            return null;
        });
        assertThat(statements).isZero();

        tally.flush();
        assertThat(searches()).isEqualTo(5);
        events.publishEvent(new TopicsSearched(Set.of(), Set.of(Skill.of("budgeting"))));
        events.publishEvent(new TopicsSearched(Set.of(), Set.of(Skill.of("budgeting"))));
        tally.flush();
        assertThat(searches()).isEqualTo(7);
    }

    private long searches() {
        return jdbc.sql("select searches from trend_search_count where kind = 'skill' and slug = 'budgeting'")
                .query(Long.class)
                .single();
    }
}
