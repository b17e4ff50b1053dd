package org.hros.search.domain.execution;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Search sessions that hold no database connection. Building and running a search that projects ids only never
 * reads the database, so searches run outside any transaction, each in a session of its own: a search in flight
 * never waits for, or keeps others waiting for, the connection pool.
 */
@Component
class SearchSessions {

    private final EntityManagerFactory entityManagerFactory;

    SearchSessions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Runs {@code work} in a search session of its own, outside any transaction. */
    <T> T apply(Function<SearchSession, T> work) {
        try (EntityManager own = entityManagerFactory.createEntityManager()) {
            return work.apply(Search.session(own));
        }
    }

    /** A reader of {@code type}'s Lucene index as it is now, to be closed by the caller. */
    IndexReader openReader(Class<?> type) {
        return Search.mapping(entityManagerFactory)
                .scope(type)
                .extension(LuceneExtension.get())
                .openIndexReader();
    }

    /** Whether {@code type}'s index has a field at {@code path} (e.g. a vector field mapped on this backend only). */
    boolean hasField(Class<?> type, String path) {
        return Search.mapping(entityManagerFactory)
                .indexedEntity(type)
                .indexManager()
                .descriptor()
                .field(path)
                .isPresent();
    }

    /** Whether the index is embedded Lucene (rather than Elasticsearch or OpenSearch). */
    boolean onLucene() {
        return Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend;
    }
}
