package org.hros.search.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene work of recent searches ({@link IndexPass.Plan}: query, sort, facet passes), kept so that a search
 * asked again skips building its queries through the search DSL. A plan depends only on the search — the parsed
 * words with their synonyms, the choices, the order, the page — never on what the index holds, so it stays right
 * however the index changes; a change of synonyms gives other words and so another plan. At most {@code
 * hros.search.plan-cache-size} plans (0 keeps none), the least recently used going first.
 */
@Component
class QueryPlans {

    private final int capacity;
    private final Map<ResultCache.Key, IndexPass.Plan> plans;

    QueryPlans(@Value("${hros.search.plan-cache-size:1000}") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.plans = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ResultCache.Key, IndexPass.Plan> eldest) {
                return size() > QueryPlans.this.capacity;
            }
        };
    }

    /** The plan of {@code key}, built by {@code build} when not kept; a {@code null} plan is not kept. */
    IndexPass.Plan get(ResultCache.Key key, Supplier<IndexPass.Plan> build) {
        IndexPass.Plan plan;
        synchronized (plans) {
            plan = plans.get(key);
        }
        if (plan != null) {
            return plan;
        }
        plan = build.get();
        if (plan != null && capacity > 0) {
            synchronized (plans) {
                plans.put(key, plan);
            }
        }
        return plan;
    }
}
