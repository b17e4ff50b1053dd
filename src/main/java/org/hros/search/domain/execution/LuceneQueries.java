package org.hros.search.domain.execution;

import java.lang.reflect.Field;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene query that Hibernate Search built for a search, so that {@link IndexPass} runs exactly the query the
 * search DSL describes. Hibernate Search 8 exposes a query's sort ({@code luceneSort()}) but not the query
 * itself, so it is read from the query object; if a later version keeps it elsewhere, search falls back to
 * Hibernate Search's own execution (same results, more work) and says so once in the log.
 */
final class LuceneQueries {

    private static final Logger log = LoggerFactory.getLogger(LuceneQueries.class);

    private static final Field QUERY = find();

    private LuceneQueries() {}

    static Optional<Query> query(LuceneSearchQuery<?> query) {
        if (QUERY == null || !QUERY.getDeclaringClass().isInstance(query)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((Query) QUERY.get(query));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }

    private static Field find() {
        try {
            Class<?> type = Class.forName(
                    "org.hibernate.search.backend.lucene.search.query.impl.LuceneSearchQueryImpl",
                    false,
                    LuceneQueries.class.getClassLoader());
            Field field = type.getDeclaredField("luceneQuery");
            if (!Query.class.isAssignableFrom(field.getType())) {
                throw new NoSuchFieldException("luceneQuery is no Lucene query");
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn(
                    "Searching through Hibernate Search's own execution: its Lucene query is not readable ({})",
                    e.toString());
            return null;
        }
    }
}
