package org.hros.search.domain.query;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.search.domain.analysis.SearchAnalysis;
import org.hros.search.domain.indexing.CaseDocuments;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.indexing.SearchFields;

/**
 * What the search service does differently on the Elasticsearch backend (the {@code opensearch} profile), where
 * the index cannot be read directly: related cases are asked of OpenSearch's own more-like-this query, over the
 * same unstemmed text and with the same limits as on Lucene.
 */
public final class OpenSearchQueries {

    private OpenSearchQueries() {}

    /**
     * Whether this node's search backend is the embedded Lucene one. Asked of the mapping each time (a map
     * look-up), never kept in a static: one JVM may run applications on different backends, as the tests do.
     */
    static boolean onLucene(EntityManager entityManager) {
        return Search.mapping(entityManager.getEntityManagerFactory()).backend() instanceof LuceneBackend;
    }

    public static List<Long> related(
            SearchSession session, long caseId, String text, CaseDocuments.Tags tags, int limit, long timeLimitNanos) {
        String stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                .map(w -> json(new String((char[]) w)))
                .collect(Collectors.joining(","));
        String like = "{\"more_like_this\": {\"fields\": [\"" + SearchFields.PLAIN + "\"], \"like\": "
                + json(text.toLowerCase(Locale.ROOT)) + ", \"analyzer\": \"" + SearchAnalysis.PLAIN + "\","
                + " \"min_term_freq\": 1, \"min_doc_freq\": 1, \"min_word_length\": 3, \"max_query_terms\": 30,"
                + " \"boost_terms\": 1, \"stop_words\": [" + stopWords + "]}}";
        return session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.should(f.extension(ElasticsearchExtension.get()).fromJson(like));
                    if (!tags.topics().isEmpty()) {
                        b.should(f.terms()
                                .field("topics")
                                .matchingAny(tags.topics())
                                .boost(2f));
                    }
                    if (!tags.skills().isEmpty()) {
                        b.should(f.terms()
                                .field("skills")
                                .matchingAny(tags.skills())
                                .boost(1f));
                    }
                    b.mustNot(f.id().matching(caseId));
                }))
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchHits(limit);
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
