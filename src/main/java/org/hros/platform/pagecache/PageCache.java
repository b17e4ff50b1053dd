package org.hros.platform.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * The rendered anonymous pages this node keeps, bounded by their size in bytes and kept at most
 * {@code hros.page-cache.time-to-live} (search results {@code hros.page-cache.search-time-to-live}). Hits and misses are exported as {@code cache_gets_total{cache="pages"}}.
 *
 * <p>Forgetting is by generation: every invalidation starts a new one, and a page rendered during an older
 * generation is not kept, so a render that read the database before a change and finished after it never outlives
 * the change. Pages that read the search index behind the commits (search results) have a generation of their own
 * as well, moved on when the index changes; the index changing does not stop any other page from being kept.
 */
@Component
public class PageCache {

    static final String NAME = "pages";

    private final boolean enabled;
    private final Duration timeToLive;
    private final Duration searchTimeToLive;
    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong searchGeneration = new AtomicLong();
    private final int gzipFrom;

    PageCache(PageCacheProperties pageCacheProperties, MeterRegistry meters, ServerProperties server) {
        this.enabled = pageCacheProperties.enabled();
        Compression compression = server.getCompression();
        this.gzipFrom = compression.getEnabled()
                        && Arrays.stream(compression.getMimeTypes()).anyMatch("text/html"::equals)
                ? (int) compression.getMinResponseSize().toBytes()
                : -1;
        this.timeToLive = pageCacheProperties.timeToLive();
        this.searchTimeToLive = pageCacheProperties.searchTimeToLive();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(pageCacheProperties.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
                .expireAfter(Expiry.writing((String key, CachedPage page) -> page.lifetime()))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, pages, NAME);
        Gauge.builder(
                        "hros.page.cache.bytes",
                        this,
                        c -> c.pages
                                .policy()
                                .eviction()
                                .map(e -> e.weightedSize().orElse(0))
                                .orElse(0L))
                .description("Bytes of rendered pages kept by the page cache")
                .baseUnit("bytes")
                .register(meters);
    }

    public boolean enabled() {
        return enabled;
    }

    /** How long a page is kept, and how long browsers and proxies may keep it. */
    Duration timeToLive() {
        return timeToLive;
    }

    /**
     * How long a page of search results is kept: shorter, since the index is brought up to date in the background
     * after the commit that forgets the pages, so a search read at once may still show the index before the change.
     */
    Duration searchTimeToLive() {
        return searchTimeToLive;
    }

    /**
     * The size from which a kept page is also kept gzipped, as {@code server.compression.*} says Tomcat would
     * compress it; -1 when compression is off.
     */
    int gzipFrom() {
        return gzipFrom;
    }

    CachedPage find(String key) {
        return pages.getIfPresent(key);
    }

    /** Taken before a page is rendered, and given back to {@link #keep} with the page. */
    Generation generation() {
        // The search pages' first: a change between the two reads then makes the page look older, never newer.
        long search = searchGeneration.get();
        return new Generation(generation.get(), search);
    }

    /** Keeps a page rendered during {@code renderedIn}, unless the pages were forgotten since; says whether it did. */
    boolean keep(String key, CachedPage page, Generation renderedIn) {
        boolean search = PageKeys.isSearch(key);
        if (!renderedIn.current(this, search)) {
            return false;
        }
        pages.put(key, page);
        // An invalidation between the check and the put has moved a generation on: forget what was just put.
        if (!renderedIn.current(this, search)) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    /** Forgets every kept page on this node (other nodes are told through {@link PageCacheInvalidation}). */
    public void forgetAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /**
     * Forgets the kept search pages on this node (the search module calls it when its index has changed), and any
     * search page being rendered meanwhile; other pages stay.
     */
    public void forgetSearchPages() {
        searchGeneration.incrementAndGet();
        pages.asMap().keySet().removeIf(PageKeys::isSearch);
    }

    long size() {
        return pages.estimatedSize();
    }

    /** The generations of all pages and of search pages, as they were when a render began. */
    record Generation(long all, long search) {

        boolean current(PageCache cache, boolean searchPage) {
            return cache.generation.get() == all && (!searchPage || cache.searchGeneration.get() == search);
        }
    }
}
