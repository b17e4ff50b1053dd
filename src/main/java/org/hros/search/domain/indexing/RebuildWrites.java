package org.hros.search.domain.indexing;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

/**
 * What the rebuild's reconciliation writes is indexed by the mass indexer that follows it, which purges each index
 * and reads every document again. Were those writes also fed to the outbox, the agent (paused while the mass
 * indexer runs) would index each added, changed or removed document a second time once it is done.
 */
final class RebuildWrites {

    private RebuildWrites() {}

    /**
     * Keeps the writes of the current transaction out of the outbox. The outbox-polling coordination only lets a
     * session leave out every type, which suits a reconciliation batch: it writes documents of one kind and nothing
     * else.
     */
    static void leaveToMassIndexer(EntityManager entityManager) {
        Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Object.class));
    }
}
