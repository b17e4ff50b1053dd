package org.hros.search.domain.execution;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseRestored;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.casestudy.FacetIndex;
import org.hros.search.Facet;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.indexing.IndexState;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.query.CaseQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The listing's facet counts as terms aggregations over the indexed published cases, on either backend: one search
 * with every choice applied counts the dimensions not chosen, and one search per chosen dimension counts it under
 * the other choices, so each value's count is what choosing it would list, as the listing's SQL grouping counted.
 *
 * <p>The index answers only for the library as it is now. While a change to the library is on its way to the index
 * (the search module's listener has not handled it yet, or its document change waits in Hibernate Search's outbox),
 * while the index is being rebuilt or cannot be read, and when counting is not done within {@code hros.search.time-limit},
 * it answers nothing and the library counts in SQL, so the counts shown are never those of an index that is behind.
 */
@Component
class LibraryFacets implements FacetIndex {

    private static final Logger log = LoggerFactory.getLogger(LibraryFacets.class);

    /** More than any dimension has values: every value is counted. */
    static final int MAX_VALUES = 1_000;

    /** The case document's entity name in Hibernate Search's outbox. */
    private static final String CASE_DOCUMENT = "CaseDocument";

    private static final List<String> LIBRARY_EVENTS =
            List.of(CasePublished.class.getName(), CaseWithdrawn.class.getName(), CaseRestored.class.getName());

    private final SearchSessions sessions;
    private final SearchWorkers workers;
    private final IndexState state;
    private final IndexFaults faults;
    private final JdbcClient jdbc;
    private final long timeLimitNanos;

    LibraryFacets(
            SearchSessions sessions,
            SearchWorkers workers,
            IndexState state,
            IndexFaults faults,
            JdbcClient jdbc,
            SearchProperties search) {
        this.sessions = sessions;
        this.workers = workers;
        this.state = state;
        this.faults = faults;
        this.jdbc = jdbc;
        this.timeLimitNanos = search.timeLimit().toNanos();
    }

    @Override
    public Optional<Map<String, Map<String, Long>>> count(Map<String, String> filter) {
        return count(filter, timeLimitNanos);
    }

    Optional<Map<String, Map<String, Long>>> count(Map<String, String> filter, long limitNanos) {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        for (Map.Entry<String, String> choice : filter.entrySet()) {
            Facet facet = dimension(choice.getKey());
            chosen.put(facet, Set.of(choice.getValue()));
        }
        if (state.rebuilding() || !upToDate()) {
            return Optional.empty();
        }
        return faults.orElse(
                () -> sessions.onLucene()
                        ? workers.run(() -> sessions.apply(session -> counted(session, chosen, limitNanos)))
                        : sessions.apply(session -> counted(session, chosen, limitNanos)),
                Optional.empty());
    }

    /**
     * Whether every change to the library has reached the index: no library event waits for the search module's
     * listener, and no case document change waits in the outbox. Both are written in the transaction before the one
     * that clears them, so a change is always seen in one or the other until it is indexed.
     */
    boolean upToDate() {
        return !jdbc.sql("select exists (select 1 from hsearch_outbox_event where entity_name = ? and status ="
                        + " 'PENDING') or exists (select 1 from event_publication where completion_date is null"
                        + " and listener_id like 'org.hros.search.%' and event_type in (?, ?, ?))")
                .params(CASE_DOCUMENT, LIBRARY_EVENTS.get(0), LIBRARY_EVENTS.get(1), LIBRARY_EVENTS.get(2))
                .query(Boolean.class)
                .single();
    }

    private Optional<Map<String, Map<String, Long>>> counted(
            SearchSession session, Map<Facet, Set<String>> chosen, long limitNanos) {
        long deadline = System.nanoTime() + limitNanos;
        try {
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            List<Facet> open = DIMENSIONS.stream()
                    .map(LibraryFacets::dimension)
                    .filter(f -> !chosen.containsKey(f))
                    .toList();
            if (!open.isEmpty() && !count(session, chosen, null, open, deadline, counts)) {
                return Optional.empty();
            }
            for (Facet facet : chosen.keySet()) {
                if (!count(session, chosen, facet, List.of(facet), deadline, counts)) {
                    return Optional.empty();
                }
            }
            return Optional.of(counts);
        } catch (RuntimeException e) {
            if (IndexFaults.isIndexFault(e)) {
                throw e;
            }
            // E.g. a field the index was built without, or Lucene's terms aggregation failing on a search cut short
            // before it collected anything: the listing counts in SQL rather than fail.
            log.debug("Facet counts from the index failed; counting in SQL", e);
            return Optional.empty();
        }
    }

    /**
     * Counts {@code facets} with every choice but {@code except}'s; false when not done by {@code deadline} (all the
     * searches of one listing share its time limit), whether the index cut the search short or it just ran late.
     */
    private static boolean count(
            SearchSession session,
            Map<Facet, Set<String>> chosen,
            Facet except,
            List<Facet> facets,
            long deadline,
            Map<String, Map<String, Long>> counts) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return false;
        }
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var search = session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> CaseQueries.where(f, List.of(), chosen, except));
        for (Facet facet : facets) {
            AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
            keys.put(facet, key);
            search = search.aggregation(
                    key, f -> f.terms().field(facet.field(), String.class).maxTermCount(MAX_VALUES));
        }
        SearchResult<Long> result =
                search.truncateAfter(remaining, TimeUnit.NANOSECONDS).fetch(0);
        if (result.timedOut() || System.nanoTime() > deadline) {
            return false;
        }
        keys.forEach((facet, key) -> counts.put(facet.param(), new HashMap<>(result.aggregation(key))));
        return true;
    }

    private static Facet dimension(String param) {
        return Facet.fromParam(param)
                .filter(f -> DIMENSIONS.contains(f.param()))
                .orElseThrow(() -> new IllegalArgumentException("Not a listing dimension: " + param));
    }
}
