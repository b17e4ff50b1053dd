package org.hros.search.domain.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hros.search.Facet;
import org.hros.search.SearchSort;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.query.QueryText.Clause;
import org.springframework.stereotype.Component;

/**
 * What the index answered for recent searches — the page's ids and snippets, the total, the facet counts — kept
 * for exactly as long as the index is unchanged: each answer is stored with the identity of every segment the
 * reader saw (a new document, a deletion or a merge gives a new one), so it is never stale. The same words with
 * different synonyms are a different search. Result cards are not kept: they are read live, so a withdrawn case
 * still disappears at once. At most {@code hros.search.result-cache-size} answers (0 turns it off), the least
 * used going first (Caffeine). Hits and misses — an answer kept for an older index is a miss — are the
 * {@code cache.gets} metric of {@code search-results}, as Micrometer names every cache's.
 */
@Component
class ResultCache implements MeterBinder {

    /** A search as the index sees it: the parsed words (with their synonyms), the choices, the order, the page. */
    /**
     * @param meaning the text whose embedding finds neighbours ({@link SemanticQueries#meaning}), or {@code null}
     */
    record Key(List<Clause> clauses, Map<Facet, Set<String>> filters, SearchSort sort, int page, String meaning) {

        Key(List<Clause> clauses, Map<Facet, Set<String>> filters, SearchSort sort, int page) {
            this(clauses, filters, sort, page, null);
        }
    }

    private record Entry(List<Object> generation, IndexPass.Page page) {}

    static final String NAME = "search-results";

    private final int capacity;
    private final Cache<Key, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private volatile boolean enabled;

    ResultCache(SearchProperties searchProperties) {
        this.capacity = Math.max(0, searchProperties.resultCacheSize());
        this.enabled = this.capacity > 0;
        this.entries = Caffeine.newBuilder().maximumSize(this.capacity).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("cache.gets", hits, AtomicLong::get)
                .tags("cache", NAME, "result", "hit")
                .description("Searches answered from the kept answers")
                .register(registry);
        FunctionCounter.builder("cache.gets", misses, AtomicLong::get)
                .tags("cache", NAME, "result", "miss")
                .description("Searches the index had to answer")
                .register(registry);
        Gauge.builder("cache.size", entries, Cache::estimatedSize)
                .tags("cache", NAME)
                .register(registry);
    }

    /** The identity of the reader's segments and their deletions; {@code null} if it cannot be told. */
    static List<Object> generation(IndexReader reader) {
        List<LeafReaderContext> leaves = reader.leaves();
        Object[] keys = new Object[leaves.size()];
        for (int i = 0; i < keys.length; i++) {
            IndexReader.CacheHelper helper = leaves.get(i).reader().getReaderCacheHelper();
            if (helper == null) {
                return null;
            }
            keys[i] = helper.getKey();
        }
        return List.of(keys);
    }

    IndexPass.Page get(Key key, List<Object> generation) {
        if (!enabled || generation == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.generation().equals(generation)) {
            hits.incrementAndGet();
            return entry.page();
        }
        misses.incrementAndGet();
        return null;
    }

    void put(Key key, List<Object> generation, IndexPass.Page page) {
        if (!enabled || generation == null || !page.complete()) {
            return;
        }
        entries.put(key, new Entry(generation, page));
    }

    /** Turns the cache off and on, emptying it (for measurements that must compute every search). */
    void enabled(boolean on) {
        entries.invalidateAll();
        hits.set(0);
        misses.set(0);
        enabled = on && capacity > 0;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}
