package org.hros.casestudy.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.casestudy.Facets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Facet counts cover the whole library, so they are the costly part of a listing (a search over the index, or
 * grouping every current revision while the index cannot answer); they only change when a case is published or
 * withdrawn. Counts are kept per filter until then, and for a short while at most, so another node's publication
 * shows within that time too. Counts begun before a change on this node and finished after it are not kept. At most {@link #MAX_ENTRIES} filters are kept, the least
 * used going first (Caffeine, timed by the application's clock); hits and misses are the {@code cache.gets}
 * metric of {@code case-facets}.
 */
@Component
class FacetCache implements MeterBinder {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 2_000;

    private final Cache<CaseFilter, Facets> entries;

    /** Moves on with every change, so that counts begun before it are not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    FacetCache(Clock clock) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(TIME_TO_LIVE)
                .ticker(() -> clock.millis() * 1_000_000L)
                .recordStats()
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, entries, "case-facets");
    }

    /** Computed outside the cache's locks: counting takes a while, and two equal counts are harmless. */
    Facets get(CaseFilter filter, Supplier<Facets> compute) {
        Facets known = entries.getIfPresent(filter);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        Facets facets = compute.get();
        if (generation.get() == before) {
            entries.put(filter, facets);
        }
        return facets;
    }

    @TransactionalEventListener
    void on(CasePublished event) {
        forgetAll();
    }

    @TransactionalEventListener
    void on(CaseWithdrawn event) {
        forgetAll();
    }

    @TransactionalEventListener
    void on(org.hros.casestudy.CaseRestored event) {
        forgetAll();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
