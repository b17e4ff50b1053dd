package org.hros.search.domain.execution;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchQuery;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.search.Facet;
import org.hros.search.SearchQuery;
import org.hros.search.SearchSort;
import org.hros.search.domain.analysis.SearchAnalysis;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.search.domain.query.CaseQueries;
import org.hros.search.domain.query.QueryText;
import org.hros.search.domain.query.QueryText.Clause;
import org.hros.search.domain.query.Synonyms;
import org.springframework.stereotype.Component;

/**
 * What a case search asks of the Lucene index, prepared as Lucene objects from the search DSL: the plan of a page
 * ({@link IndexPass.Plan}) and the corrected queries of "did you mean". The search service runs them on its
 * workers; the benchmark prepares the same ones and runs them on the index by itself, so both measure one piece
 * of work.
 */
@Component
class SearchPlans {

    private final EntityManagerFactory entityManagerFactory;
    private final SearchSessions sessions;
    private final Synonyms synonyms;
    private final QueryPlans queryPlans;
    private final SemanticQueries semantics;
    private volatile Analyzer english;

    SearchPlans(
            EntityManagerFactory entityManagerFactory,
            SearchSessions sessions,
            Synonyms synonyms,
            QueryPlans queryPlans,
            SemanticQueries semantics) {
        this.entityManagerFactory = entityManagerFactory;
        this.sessions = sessions;
        this.synonyms = synonyms;
        this.queryPlans = queryPlans;
        this.semantics = semantics;
    }

    /**
     * The Lucene work of a search, ready to run on any reader of the index: its query and sort as Hibernate Search
     * builds them, the page, the facets to count with it and, for each chosen facet, the query without that choice;
     * the analyzer of its snippets and its semantic side when it has words. {@code null} if Hibernate Search's query
     * cannot be read.
     */
    IndexPass.Plan plan(SearchSession session, SearchQuery query, List<Clause> clauses, boolean textual) {
        LuceneSearchQuery<Long> main = luceneQuery(session, query, clauses, textual, null);
        Query lucene = LuceneQueries.query(main).orElse(null);
        if (lucene == null) {
            return null;
        }
        List<Facet> unchosen = new ArrayList<>();
        Map<Facet, Query> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (query.selected(facet).isEmpty()) {
                unchosen.add(facet);
            } else {
                Query without = LuceneQueries.query(luceneQuery(session, query, clauses, false, facet))
                        .orElse(null);
                if (without == null) {
                    return null;
                }
                chosen.put(facet, without);
            }
        }
        return new IndexPass.Plan(
                lucene,
                main.luceneSort(),
                (query.page() - 1) * SearchQuery.PAGE_SIZE,
                SearchQuery.PAGE_SIZE,
                unchosen,
                chosen,
                textual ? english() : null,
                textual ? semantics.plan(session, query, clauses).orElse(null) : null);
    }

    private LuceneSearchQuery<Long> luceneQuery(
            SearchSession session, SearchQuery query, List<Clause> clauses, boolean textual, Facet except) {
        return session.search(IndexedTypes.CASES)
                .extension(LuceneExtension.get())
                .select(f -> f.id(Long.class))
                .where(f -> CaseQueries.where(f, clauses, query.filters(), except))
                .sort(f -> sort(f, query.sort(), textual))
                .toQuery();
    }

    /** A search's order in the search DSL, shared by the one-pass and the backend's own execution. */
    static SortFinalStep sort(SearchSortFactory f, SearchSort sort, boolean textual) {
        return switch (sort) {
            case NEWEST -> f.field(SearchFields.PUBLISHED_AT).desc().then().score();
            case HELPFUL ->
                f.field(SearchFields.HELPFUL)
                        .desc()
                        .then()
                        .score()
                        .then()
                        .field(SearchFields.PUBLISHED_AT)
                        .desc();
            case RELEVANCE ->
                textual
                        ? f.score().then().field(SearchFields.PUBLISHED_AT).desc()
                        : f.field(SearchFields.PUBLISHED_AT).desc();
        };
    }

    private Analyzer english() {
        Analyzer known = english;
        if (known == null) {
            known = Search.mapping(entityManagerFactory)
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer(SearchAnalysis.ENGLISH)
                    .orElseThrow();
            english = known;
        }
        return known;
    }

    /**
     * The typed text with its unknown words corrected, and the corrected search's Lucene queries: without typo
     * tolerance first, being cheaper (no fuzzy terms to expand) and finding at most what the full one finds, so the
     * full one is asked only when the strict one finds nothing. {@code null} if no word needs correcting.
     */
    record Correction(String text, List<Clause> strictClauses, List<Clause> fullClauses, Query strict, Query full) {}

    /** The correction "did you mean" would check for a search, or {@code null}; Lucene only. */
    Correction correction(SearchSession session, SearchQuery query, List<Clause> clauses) {
        if (!sessions.onLucene()) {
            // The spelling checker reads the index directly; on OpenSearch there is no correction to offer.
            return null;
        }
        List<String> words = IndexPass.plainWords(clauses);
        Map<String, String> corrections;
        try (IndexReader reader = sessions.openReader(IndexedTypes.CASES)) {
            corrections = IndexPass.corrections(reader, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (corrections.isEmpty()) {
            return null;
        }
        String corrected = query.text();
        for (Map.Entry<String, String> e : corrections.entrySet()) {
            corrected = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(corrected)
                    .replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
        List<Clause> again = QueryText.parse(corrected, synonyms);
        List<Clause> strict = again.stream()
                .map(c -> c.excluded() ? c : new Clause(c.typed(), c.alternatives(), false, false, c.exact()))
                .toList();
        return new Correction(
                corrected, strict, again, matching(session, query, strict), matching(session, query, again));
    }

    /** The Lucene query finding the cases that match {@code clauses} with the query's choices, kept for next time. */
    private Query matching(SearchSession session, SearchQuery query, List<Clause> clauses) {
        return queryPlans.get(
                new QueryPlans.Matching(IndexedTypes.CASES, clauses, query.filters()),
                () -> LuceneQueries.query(luceneQuery(session, query, clauses, false, null))
                        .orElse(null));
    }
}
