package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * another node's publication shows within that time too.
 */
@Component
class FacetCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 2_000;

    private final Clock clock;
    private final Map<CaseFilter, Entry> entries = new ConcurrentHashMap<>();

    FacetCache(Clock clock) {
        this.clock = clock;
    }

    Facets get(CaseFilter filter, Supplier<Facets> compute) {
        long now = clock.millis();
        Entry entry = entries.get(filter);
        if (entry != null && entry.expiresAt > now) {
            return entry.facets;
        }
        Facets facets = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(filter, new Entry(facets, now + TIME_TO_LIVE.toMillis()));
        return facets;
    }

    @TransactionalEventListener
    void on(CasePublished event) {
        entries.clear();
    }

    @TransactionalEventListener
    void on(CaseWithdrawn event) {
        entries.clear();
    }

    @TransactionalEventListener
    void on(org.hros.casestudy.CaseRestored event) {
        entries.clear();
    }

    private record Entry(Facets facets, long expiresAt) {}
}
