package org.hros.search.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.hros.search.SearchSort;
import org.hros.search.domain.indexing.IndexedTypes;
import org.junit.jupiter.api.Test;

class QueryPlansTests {

    private static final IndexPass.Plan PLAN =
            new IndexPass.Plan(new MatchAllDocsQuery(), Sort.RELEVANCE, 0, 10, List.of(), Map.of(), null);

    private static ResultCache.Key key(int page) {
        return new ResultCache.Key(List.of(), Map.of(), SearchSort.RELEVANCE, page);
    }

    @Test
    void aSearchAskedAgainReusesItsPlan() {
        QueryPlans plans = new QueryPlans(10);
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
        QueryPlans plans = new QueryPlans(10);
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
    void theLeastRecentlyUsedPlanGoesFirst() {
        QueryPlans plans = new QueryPlans(2);
        AtomicInteger built = new AtomicInteger();
        java.util.function.Supplier<IndexPass.Plan> build = () -> {
            built.incrementAndGet();
            return PLAN;
        };

        plans.get(key(1), build);
        plans.get(key(2), build);
        plans.get(key(1), build);
        plans.get(key(3), build); // key 2 goes
        plans.get(key(1), build);
        plans.get(key(2), build);

        assertThat(built).hasValue(4);
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        QueryPlans plans = new QueryPlans(0);
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
        QueryPlans plans = new QueryPlans(1);
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
