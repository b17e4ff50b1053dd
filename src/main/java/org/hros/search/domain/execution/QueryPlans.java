package org.hros.search.domain.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.hros.search.Facet;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.query.QueryText.Clause;
import org.springframework.stereotype.Component;

/**
 * The Lucene work of recent searches, kept so that a search asked again skips building its queries through the
 * search DSL: a page's {@link IndexPass.Plan} (query, sort, facet passes), and the plain queries that count
 * requests and replies or check a "did you mean" correction. Each depends only on the search — the parsed words
 * with their synonyms, the choices, the order, the page — never on what the index holds, so it stays right however
 * the index changes; a change of synonyms gives other words and so another key. At most {@code
 * hros.search.plan-cache-size} plans (0 keeps none) and four times as many plain queries, the least used going
 * first (Caffeine); their hits and misses are the {@code cache.gets} metric of {@code search-plans} and
 * {@code search-queries}, with the fuzzy automata's ({@code search-fuzzy-automata}, {@link FuzzyAutomata}).
 */
@Component
class QueryPlans implements MeterBinder {

    /**
     * A query that matches {@code clauses} with {@code filters} applied in one index ({@code document}, the indexed
     * type), scored or not: what counting and "did you mean" run.
     */
    record Matching(Class<?> document, List<Clause> clauses, Map<Facet, Set<String>> filters) {}

    /** Up to four plain queries for a search: requests and replies counted, a correction strict and full. */
    static final int QUERIES_PER_SEARCH = 4;

    private final Cache<ResultCache.Key, IndexPass.Plan> plans;
    private final Cache<Matching, Query> queries;

    QueryPlans(SearchProperties searchProperties) {
        this.plans = bounded(Math.max(0, searchProperties.planCacheSize()));
        this.queries = bounded(Math.max(0, searchProperties.planCacheSize()) * QUERIES_PER_SEARCH);
    }

    /** Evictions are done on the calling thread, so the bound holds as soon as a plan is kept. */
    private static <K, V> Cache<K, V> bounded(long capacity) {
        return Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** How many plans are kept. */
    long plansKept() {
        plans.cleanUp();
        return plans.estimatedSize();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, plans, "search-plans");
        CaffeineCacheMetrics.monitor(registry, queries, "search-queries");
        CaffeineCacheMetrics.monitor(registry, FuzzyAutomata.built(), "search-fuzzy-automata");
    }

    /** The plan of {@code key}, built by {@code build} when not kept; a {@code null} plan is not kept. */
    IndexPass.Plan get(ResultCache.Key key, Supplier<IndexPass.Plan> build) {
        return kept(plans, key, build);
    }

    /** The query of {@code key}, built by {@code build} when not kept; a {@code null} query is not kept. */
    Query get(Matching key, Supplier<Query> build) {
        return kept(queries, key, build);
    }

    /** Built outside the cache's own locks: building a plan may ask for a plain query, and two equal builds are harmless. */
    private static <K, V> V kept(Cache<K, V> kept, K key, Supplier<V> build) {
        V known = kept.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V built = build.get();
        if (built != null && kept.policy().eviction().orElseThrow().getMaximum() > 0) {
            kept.put(key, built);
        }
        return built;
    }
}
