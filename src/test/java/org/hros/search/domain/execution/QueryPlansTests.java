package org.hros.search.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.hros.search.SearchSort;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.support.Settings;
import org.junit.jupiter.api.Test;

class QueryPlansTests {

    private static final IndexPass.Plan PLAN =
            new IndexPass.Plan(new MatchAllDocsQuery(), Sort.RELEVANCE, 0, 10, List.of(), Map.of(), null);

    private static ResultCache.Key key(int page) {
        return new ResultCache.Key(List.of(), Map.of(), SearchSort.RELEVANCE, page);
    }

    @Test
    void aSearchAskedAgainReusesItsPlan() {
        QueryPlans plans = new QueryPlans(Settings.bind(SearchProperties.class, "hros.search.plan-cache-size=10"));
        AtomicInteger built = new AtomicInteger();

        plans.get(key(1), () -> {
            built.incrementAndGet();
            return PLAN;
        });
        IndexPass.Plan again = plans.get(key(1), () -> {
            built.incrementAndGet();
            return PLAN;
        });

        assertThat(again).isSameAs(PLAN);
        assertThat(built).hasValue(1);
    }

    @Test
    void aPlanThatCouldNotBeBuiltIsAskedForAgain() {
        QueryPlans plans = new QueryPlans(Settings.bind(SearchProperties.class, "hros.search.plan-cache-size=10"));
        AtomicInteger built = new AtomicInteger();

        plans.get(key(1), () -> {
            built.incrementAndGet();
            return null;
        });
        plans.get(key(1), () -> {
            built.incrementAndGet();
            return PLAN;
        });

        assertThat(built).hasValue(2);
    }

    @Test
    void noMorePlansAreKeptThanTheCapacityAndAPlanInUseStays() {
        QueryPlans plans = new QueryPlans(Settings.bind(SearchProperties.class, "hros.search.plan-cache-size=2"));
        AtomicInteger built = new AtomicInteger();
        java.util.function.Supplier<IndexPass.Plan> build = () -> {
            built.incrementAndGet();
            return PLAN;
        };

        for (int round = 0; round < 5; round++) {
            plans.get(key(1), build);
        }
        for (int other = 2; other < 40; other++) {
            plans.get(key(other), build);
            plans.get(key(1), build);
        }

        assertThat(plans.plansKept()).isLessThanOrEqualTo(2);
        int before = built.get();
        plans.get(key(1), build);
        assertThat(built).as("the plan asked for all along is still kept").hasValue(before);
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        QueryPlans plans = new QueryPlans(Settings.bind(SearchProperties.class, "hros.search.plan-cache-size=0"));
        AtomicInteger built = new AtomicInteger();

        plans.get(key(1), () -> {
            built.incrementAndGet();
            return PLAN;
        });
        plans.get(key(1), () -> {
            built.incrementAndGet();
            return PLAN;
        });

        assertThat(built).hasValue(2);
    }

    @Test
    void countingAndCorrectionQueriesAreKeptApartFromPlans() {
        QueryPlans plans = new QueryPlans(Settings.bind(SearchProperties.class, "hros.search.plan-cache-size=1"));
        AtomicInteger built = new AtomicInteger();
        java.util.function.Supplier<org.apache.lucene.search.Query> build = () -> {
            built.incrementAndGet();
            return new MatchAllDocsQuery();
        };
        QueryPlans.Matching requests = new QueryPlans.Matching(IndexedTypes.REQUESTS, List.of(), Map.of());
        QueryPlans.Matching replies = new QueryPlans.Matching(IndexedTypes.REPLIES, List.of(), Map.of());

        plans.get(key(1), () -> PLAN);
        plans.get(requests, build);
        plans.get(replies, build);
        plans.get(requests, build);
        plans.get(replies, build);

        assertThat(built).hasValue(2);
        assertThat(plans.get(key(1), () -> null)).isSameAs(PLAN);
    }
}
