package org.hros.casestudy.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.casestudy.Facets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Facet counts group the whole library, so they are the costly part of a listing; they only change when a
 * case is published or withdrawn. Counts are kept per filter until then, and for a short while at most, so
 * another node's publication shows within that time too. At most {@link #MAX_ENTRIES} filters are kept, the least
 * used going first (Caffeine, timed by the application's clock); hits and misses are the {@code cache.gets}
 * metric of {@code case-facets}.
 */
@Component
class FacetCache implements MeterBinder {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 2_000;

    private final Cache<CaseFilter, Facets> entries;

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
        Facets facets = compute.get();
        entries.put(filter, facets);
        return facets;
    }

    @TransactionalEventListener
    void on(CasePublished event) {
        entries.invalidateAll();
    }

    @TransactionalEventListener
    void on(CaseWithdrawn event) {
        entries.invalidateAll();
    }

    @TransactionalEventListener
    void on(org.hros.casestudy.CaseRestored event) {
        entries.invalidateAll();
    }
}
