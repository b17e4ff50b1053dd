package org.hros.search.domain.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hros.search.Facet;
import org.hros.search.SearchSort;
import org.hros.search.domain.query.QueryText.Clause;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the index answered for recent searches — the page's ids and snippets, the total, the facet counts — kept
 * for exactly as long as the index is unchanged: each answer is stored with the identity of every segment the
 * reader saw (a new document, a deletion or a merge gives a new one), so it is never stale. The same words with
 * different synonyms are a different search. Result cards are not kept: they are read live, so a withdrawn case
 * still disappears at once. At most {@code hros.search.result-cache-size} answers (0 turns it off), the least
 * recently used going first.
 */
@Component
class ResultCache {

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

    private final int capacity;
    private final Map<Key, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private volatile boolean enabled;

    ResultCache(@Value("${hros.search.result-cache-size:1000}") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.enabled = this.capacity > 0;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
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
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
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
        synchronized (entries) {
            entries.put(key, new Entry(generation, page));
        }
    }

    /** Turns the cache off and on, emptying it (for measurements that must compute every search). */
    void enabled(boolean on) {
        synchronized (entries) {
            entries.clear();
        }
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
