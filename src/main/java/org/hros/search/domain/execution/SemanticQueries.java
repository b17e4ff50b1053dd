package org.hros.search.domain.execution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.search.Facet;
import org.hros.search.SearchQuery;
import org.hros.search.SearchSort;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.analysis.SentenceEmbeddings;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.indexing.SemanticMapping;
import org.hros.search.domain.query.CaseQueries;
import org.hros.search.domain.query.QueryText.Clause;
import org.springframework.stereotype.Component;

/**
 * The semantic side of a search: which text's meaning is looked for, and the k-NN queries that find the nearest
 * cases with the search's filters. Settings ({@code hros.search.semantic.*}) were chosen on the development half
 * of the evaluation set (docs/search.md).
 */
@Component
class SemanticQueries {

    /** Exclusions ({@code -word}, {@code -"a phrase"}) say what is not wanted; they are no part of the meaning. */
    private static final Pattern EXCLUSION = Pattern.compile("(^|\\s)-(\"[^\"]*(\"|$)|\\S+)");

    private final SentenceEmbeddings embeddings;
    private final int neighbours;
    private final float minScore;
    private final float aloneScore;
    private final HybridPass.Fusion fusion;
    private final float backendBoost;

    SemanticQueries(SentenceEmbeddings embeddings, SearchProperties searchProperties) {
        this.embeddings = embeddings;
        SearchProperties.Semantic semantic = searchProperties.semantic();
        this.neighbours = semantic.neighbours();
        // Lucene scores a cosine c as (1 + c) / 2.
        this.minScore = (1 + semantic.minCosine()) / 2;
        this.aloneScore = (1 + Math.max(semantic.minCosine(), semantic.minCosineAlone())) / 2;
        this.fusion = new HybridPass.Fusion(
                semantic.rankConstant(), semantic.lexicalWeight(), semantic.semanticWeight(), 100);
        this.backendBoost = semantic.backendBoost();
    }

    /**
     * The text whose meaning is searched: what was typed without exclusions and quotes; {@code null} when
     * semantic search is off or the query has no free words (only exact phrases and exclusions).
     */
    String meaning(String text, List<Clause> clauses) {
        if (!embeddings.enabled() || text == null || clauses.stream().noneMatch(c -> !c.excluded() && !c.exact())) {
            return null;
        }
        String meaning =
                EXCLUSION.matcher(text).replaceAll(" ").replace('"', ' ').strip();
        return meaning.isEmpty() ? null : meaning.replaceAll("\\s+", " ");
    }

    /** The k-NN side of a search on the Lucene backend, or empty when it has no meaning to look for. */
    Optional<HybridPass.Semantic> plan(SearchSession session, SearchQuery query, List<Clause> clauses) {
        String meaning = meaning(query.text(), clauses);
        float[] vector = meaning == null ? null : embeddings.embedQuery(meaning);
        if (vector == null) {
            return Optional.empty();
        }
        Query nearest = nearest(session, vector, query, clauses, null);
        if (nearest == null) {
            return Optional.empty();
        }
        Map<Facet, Query> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (!query.selected(facet).isEmpty()) {
                Query without = nearest(session, vector, query, clauses, facet);
                if (without != null) {
                    chosen.put(facet, without);
                }
            }
        }
        return Optional.of(new HybridPass.Semantic(
                nearest, chosen, minScore, aloneScore, query.sort() == SearchSort.RELEVANCE ? fusion : null));
    }

    /** The nearest cases to a vector among those the search's filters, exact phrases and exclusions allow. */
    Query nearest(float[] vector, Query filter) {
        return new KnnFloatVectorQuery(SemanticMapping.EMBEDDING, vector, neighbours, filter);
    }

    HybridPass.Fusion fusion() {
        return fusion;
    }

    /**
     * Whether cases can be found by meaning here: the model is on and the backend maps the vector field (always on
     * Lucene; on OpenSearch when its k-NN plugin is installed and the `opensearch` profile maps the field).
     */
    boolean available(SearchSessions sessions) {
        return embeddings.enabled() && sessions.hasField(IndexedTypes.CASES, SemanticMapping.EMBEDDING);
    }

    /**
     * The vector of a search's meaning when the search runs through the backend's own execution (OpenSearch),
     * or {@code null} when there is none or semantic search is not available there.
     */
    float[] backendVector(SearchSessions sessions, SearchQuery query, List<Clause> clauses) {
        String meaning = meaning(query.text(), clauses);
        return meaning == null || !available(sessions) ? null : embeddings.embedQuery(meaning);
    }

    /**
     * The words' query of a search run by the backend (OpenSearch), with the cases near in meaning beside it: a
     * {@code should} clause whose score (for cosine, {@code (1 + cos) / 2}, the same scale as Lucene's) adds to the
     * words' with a modest boost. Only neighbours at least as near as a search accepts by meaning alone are
     * matched (radial k-NN search, so a word no case contains does not bring back the whole neighbourhood), and
     * they obey the search's filters, exact phrases and exclusions.
     */
    PredicateFinalStep withNearest(
            SearchPredicateFactory f,
            PredicateFinalStep words,
            float[] vector,
            List<Clause> clauses,
            Map<Facet, Set<String>> filters,
            Facet except) {
        if (vector == null) {
            return words;
        }
        return f.bool(b -> {
            b.should(words);
            b.should(f.knn(neighbours)
                    .field(SemanticMapping.EMBEDDING)
                    .matching(vector)
                    .filter(CaseQueries.constraints(f, clauses, filters, except))
                    .requiredMinimumScore(aloneScore)
                    .boost(backendBoost));
        });
    }

    /** The vector of a text such as a request, for finding the cases like it. */
    float[] vectorOf(String text) {
        return embeddings.embedQuery(text);
    }

    /**
     * The ids of the {@code count} cases nearest to {@code vector}, nearest first, leaving out {@code excluded}
     * and anything below the least similarity a search accepts.
     */
    List<Long> nearestIds(SearchSession session, float[] vector, int count, java.util.Collection<Long> excluded) {
        if (vector == null) {
            return List.of();
        }
        // The least score for cosine, (1 + cos) / 2, on Lucene and on OpenSearch's Lucene engine alike; OpenSearch
        // takes no least similarity, and with a least score it searches by radius rather than for k neighbours.
        return session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> f.knn(count)
                        .field(SemanticMapping.EMBEDDING)
                        .matching(vector)
                        .filter(f.bool(b -> {
                            b.must(f.matchAll());
                            if (!excluded.isEmpty()) {
                                b.mustNot(f.id().matchingAny(excluded));
                            }
                        }))
                        .requiredMinimumScore(aloneScore))
                .fetchHits(count);
    }

    private Query nearest(
            SearchSession session, float[] vector, SearchQuery query, List<Clause> clauses, Facet except) {
        Query filter = LuceneQueries.query(session.search(IndexedTypes.CASES)
                        .extension(LuceneExtension.get())
                        .select(f -> f.id(Long.class))
                        .where(f -> CaseQueries.constraints(f, clauses, query.filters(), except))
                        .toQuery())
                .orElse(null);
        return filter == null ? null : nearest(vector, filter);
    }
}
