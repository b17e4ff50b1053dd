package org.hros.search.domain.indexing;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

/**
 * Document writes whose index changes the rebuild's mass indexer makes anyway. Every write through Hibernate
 * otherwise leaves an event in Hibernate Search's outbox that the background agent applies after commit: for the
 * rebuild's reconciliation at 100,000 cases that was some 220,000 events, worked through one document at a time for
 * half an hour after the mass indexer had already indexed every document, with the listing counting its facets in
 * SQL meanwhile (it trusts the index only while the outbox holds no case document change).
 */
final class IndexingPlans {

    private IndexingPlans() {}

    /**
     * Queues no index change in the current transaction: nothing it writes reaches the index until a mass indexer
     * runs. Only for writes followed by one. With the outbox, Hibernate Search allows a session's filter only if it
     * excludes every type, so the transaction must write nothing else the index holds.
     */
    static void leaveToMassIndexer(EntityManager entityManager) {
        Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Object.class));
    }
}
