package org.hros.search.domain.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.hros.search.Facet;
import org.hros.search.domain.query.QueryText.Clause;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene work of recent searches, kept so that a search asked again skips building its queries through the
 * search DSL: a page's {@link IndexPass.Plan} (query, sort, facet passes), and the plain queries that count
 * requests and replies or check a "did you mean" correction. Each depends only on the search — the parsed words
 * with their synonyms, the choices, the order, the page — never on what the index holds, so it stays right however
 * the index changes; a change of synonyms gives other words and so another key. At most {@code
 * hros.search.plan-cache-size} plans (0 keeps none) and four times as many plain queries, the least recently used
 * going first.
 */
@Component
class QueryPlans {

    /**
     * A query that matches {@code clauses} with {@code filters} applied in one index ({@code document}, the indexed
     * type), scored or not: what counting and "did you mean" run.
     */
    record Matching(Class<?> document, List<Clause> clauses, Map<Facet, Set<String>> filters) {}

    /** Up to four plain queries for a search: requests and replies counted, a correction strict and full. */
    static final int QUERIES_PER_SEARCH = 4;

    private final Map<ResultCache.Key, IndexPass.Plan> plans;
    private final Map<Matching, Query> queries;

    QueryPlans(@Value("${hros.search.plan-cache-size:1000}") int capacity) {
        this.plans = lru(Math.max(0, capacity));
        this.queries = lru(Math.max(0, capacity) * QUERIES_PER_SEARCH);
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The plan of {@code key}, built by {@code build} when not kept; a {@code null} plan is not kept. */
    IndexPass.Plan get(ResultCache.Key key, Supplier<IndexPass.Plan> build) {
        return kept(plans, key, build);
    }

    /** The query of {@code key}, built by {@code build} when not kept; a {@code null} query is not kept. */
    Query get(Matching key, Supplier<Query> build) {
        return kept(queries, key, build);
    }

    private static <K, V> V kept(Map<K, V> kept, K key, Supplier<V> build) {
        V known;
        synchronized (kept) {
            known = kept.get(key);
        }
        if (known != null) {
            return known;
        }
        V built = build.get();
        if (built != null) {
            synchronized (kept) {
                kept.put(key, built);
            }
        }
        return built;
    }
}
