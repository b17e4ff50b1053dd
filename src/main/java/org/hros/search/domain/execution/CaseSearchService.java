package org.hros.search.domain.execution;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.Section;
import org.hros.search.CaseSearch;
import org.hros.search.Facet;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults;
import org.hros.search.SearchResults.FacetCounts;
import org.hros.search.SearchResults.FacetValue;
import org.hros.search.SearchResults.Hit;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.indexing.CaseDocuments;
import org.hros.search.domain.indexing.IndexState;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.search.domain.query.AnswerQueries;
import org.hros.search.domain.query.CaseQueries;
import org.hros.search.domain.query.OpenSearchQueries;
import org.hros.search.domain.query.QueryText;
import org.hros.search.domain.query.QueryText.Clause;
import org.hros.search.domain.query.Synonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Search over the case documents. The index gives ids, snippets and counts; the cards, with their attribution,
 * come from the library, which leaves out anything no longer published.
 *
 * <p>A search holds no database connection while the index works: it runs outside any transaction, builds its
 * queries in a session of its own ({@link SearchSessions}), and asks the library for the page's cards afterwards.
 */
@Service
class CaseSearchService implements CaseSearch {

    /**
     * No query keeps the index busy longer than this ({@code hros.search.time-limit}); it answers with what it
     * found so far. The query syntax already bounds the work far below it.
     */
    private final long timeLimitNanos;

    static final int MAX_FACET_VALUES = IndexPass.MAX_FACET_VALUES;

    private static final Logger log = LoggerFactory.getLogger(CaseSearchService.class);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A fragment cut mid-sentence starts with the end of the previous one. */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:!?)\\]\u2013\u2014-]+");

    private static final String MARK_START = IndexPass.MARK_START;
    private static final String MARK_END = IndexPass.MARK_END;

    private final EntityManager entityManager;
    private final SearchSessions sessions;
    private final CaseCatalog catalog;
    private final IndexState state;
    private final Synonyms synonyms;
    private final CaseDocuments documents;
    private final ResultCache cache;
    private final QueryPlans plans;
    private final SearchPlans searchPlans;
    private final SearchWorkers workers;
    private final SemanticQueries semantics;
    private final IndexFaults faults;

    CaseSearchService(
            EntityManager entityManager,
            CaseCatalog catalog,
            IndexState state,
            Synonyms synonyms,
            CaseDocuments documents,
            ResultCache cache,
            QueryPlans plans,
            SearchPlans searchPlans,
            SearchSessions sessions,
            SearchWorkers workers,
            SemanticQueries semantics,
            IndexFaults faults,
            SearchProperties searchProperties) {
        this.semantics = semantics;
        this.faults = faults;
        this.cache = cache;
        this.plans = plans;
        this.searchPlans = searchPlans;
        this.sessions = sessions;
        this.workers = workers;
        this.timeLimitNanos = searchProperties.timeLimit().toNanos();
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.state = state;
        this.synonyms = synonyms;
        this.documents = documents;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return faults.search(() -> search(query, true));
    }

    /** With {@code onePass} false, through Hibernate Search's own execution even on Lucene (to compare the two). */
    SearchResults search(SearchQuery query, boolean onePass) {
        state.requireReady();
        List<Clause> clauses = QueryText.parse(query.text(), synonyms);
        boolean textual = clauses.stream().anyMatch(c -> !c.excluded());
        Found found = onePass && sessions.onLucene() ? workers.run(() -> onePass(query, clauses, textual)) : null;
        if (found == null) {
            found = inSession(session -> throughBackend(session, query, clauses, textual));
        }
        if (found.rows() == null) {
            return new SearchResults(query, List.of(), 0, facets(query, Map.of()), null, true);
        }
        List<Hit> hits = hits(found.rows(), textual);
        String didYouMean = found.total() == 0 && textual && found.complete() ? didYouMean(query, clauses) : null;
        return new SearchResults(
                query, hits, found.total(), facets(query, found.counts()), didYouMean, found.complete());
    }

    private <T> T inSession(Function<SearchSession, T> work) {
        return sessions.apply(work);
    }

    private IndexReader openReader() {
        return sessions.openReader(IndexedTypes.CASES);
    }

    /**
     * What the index found: the page's rows, the total and each facet's counts; {@code rows} is {@code null} when
     * the index holds no document at all.
     */
    private record Found(List<IndexPass.Row> rows, long total, Map<Facet, Map<String, Long>> counts, boolean complete) {
        static final Found EMPTY_INDEX = new Found(null, 0, Map.of(), true);
    }

    /**
     * On the Lucene backend: the query Hibernate Search builds for this search, run once over the index with one
     * collector for the page, the total and every unchosen facet's counts, plus one counting pass per chosen
     * facet; snippets for the page's hits only. A search asked again on an unchanged index is answered from the
     * {@link ResultCache}. {@code null} if the query cannot be run this way.
     */
    private Found onePass(SearchQuery query, List<Clause> clauses, boolean textual) {
        try (IndexReader reader = openReader()) {
            if (reader.numDocs() == 0) {
                return Found.EMPTY_INDEX;
            }
            ResultCache.Key key = new ResultCache.Key(
                    clauses, query.filters(), query.sort(), query.page(), semantics.meaning(query.text(), clauses));
            List<Object> generation = ResultCache.generation(reader);
            IndexPass.Page page = cache.get(key, generation);
            if (page == null) {
                IndexPass.Plan plan =
                        plans.get(key, () -> inSession(session -> searchPlans.plan(session, query, clauses, textual)));
                if (plan == null) {
                    return null;
                }
                page = IndexPass.run(() -> searcher(reader), plan);
                cache.put(key, generation, page);
            }
            return new Found(page.rows(), page.total(), page.counts(), page.complete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher that gives up after the time limit, answering with what it found by then. */
    private IndexSearcher searcher(IndexReader reader) {
        return IndexPass.timed(reader, timeLimitNanos);
    }

    /** Through Hibernate Search's own query, aggregations and highlighter: on the Elasticsearch backend. */
    private Found throughBackend(SearchSession session, SearchQuery query, List<Clause> clauses, boolean textual) {
        if (isEmpty(session)) {
            return Found.EMPTY_INDEX;
        }
        Map<Facet, AggregationKey<? extends Map<?, Long>>> keys = new EnumMap<>(Facet.class);
        // On Lucene this path is only taken to compare with the one-pass search, which adds the meaning itself.
        float[] vector = sessions.onLucene() ? null : semantics.backendVector(sessions, query, clauses);
        SearchResult<List<?>> result;
        try {
            result = main(session, query, clauses, textual, keys, vector);
        } catch (RuntimeException e) {
            // The Lucene backend fails to count facets on an index emptied by a rebuild in progress elsewhere;
            // the results are worth more than the counts.
            log.debug("Facet counts failed, searching without them", e);
            keys.clear();
            result = main(session, query, clauses, textual, null, vector);
        }
        SearchResult<List<?>> found = result;

        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, aggregation(found, key)));
        for (Facet facet : Facet.values()) {
            if (!query.selected(facet).isEmpty()) {
                counts.put(facet, countWithout(session, clauses, query, facet, vector));
            }
        }
        List<IndexPass.Row> rows = new ArrayList<>();
        Section[] sections = Section.values();
        for (List<?> row : found.hits()) {
            Map<Section, String> fragments = new EnumMap<>(Section.class);
            if (textual) {
                for (int i = 0; i < sections.length; i++) {
                    @SuppressWarnings("unchecked")
                    List<String> list = (List<String>) row.get(i + 1);
                    if (list != null && !list.isEmpty()) {
                        fragments.put(sections[i], list.get(0));
                    }
                }
            }
            rows.add(new IndexPass.Row((Long) row.get(0), fragments));
        }
        return new Found(rows, found.total().hitCountLowerBound(), counts, !found.timedOut());
    }

    private SearchResult<List<?>> main(
            SearchSession session,
            SearchQuery query,
            List<Clause> clauses,
            boolean textual,
            Map<Facet, AggregationKey<? extends Map<?, Long>>> keys,
            float[] vector) {
        var search = session.search(IndexedTypes.CASES)
                .select(f -> {
                    List<ProjectionFinalStep<?>> projections = new ArrayList<>();
                    projections.add(f.id(Long.class));
                    if (textual) {
                        for (Section s : Section.values()) {
                            projections.add(f.highlight(SearchFields.section(s)));
                        }
                    }
                    return f.composite(projections.toArray(ProjectionFinalStep<?>[]::new));
                })
                .where(f -> semantics.withNearest(
                        f,
                        CaseQueries.where(f, clauses, query.filters(), null),
                        vector,
                        clauses,
                        query.filters(),
                        null));
        for (Facet facet : Facet.values()) {
            if (keys != null && query.selected(facet).isEmpty()) {
                AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.param());
                keys.put(facet, key);
                search = search.aggregation(
                        key,
                        f -> f.terms().field(facet.field(), facetType(facet)).maxTermCount(MAX_FACET_VALUES));
            }
        }
        search = search.sort(f -> SearchPlans.sort(f, query.sort(), textual));
        if (textual) {
            search = search.highlighter(f -> f.plain()
                    .tag(MARK_START, MARK_END)
                    .fragmentSize(IndexPass.FRAGMENT_SIZE)
                    .numberOfFragments(1)
                    .noMatchSize(0));
        }
        int offset = (query.page() - 1) * SearchQuery.PAGE_SIZE;
        return search.truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS).fetch(offset, SearchQuery.PAGE_SIZE);
    }

    private static boolean isEmpty(SearchSession session) {
        return session.search(IndexedTypes.CASES).where(f -> f.matchAll()).fetchTotalHitCount() == 0;
    }

    /** A facet's counts with the other facets' choices applied but not its own, so its values stay choosable. */
    private Map<String, Long> countWithout(
            SearchSession session, List<Clause> clauses, SearchQuery query, Facet facet, float[] vector) {
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.param());
        SearchResult<Long> result;
        try {
            result = session.search(IndexedTypes.CASES)
                    .select(f -> f.id(Long.class))
                    .where(f -> semantics.withNearest(
                            f,
                            CaseQueries.where(f, clauses, query.filters(), facet),
                            vector,
                            clauses,
                            query.filters(),
                            facet))
                    .aggregation(
                            key,
                            f -> f.terms()
                                    .field(facet.field(), facetType(facet))
                                    .maxTermCount(MAX_FACET_VALUES))
                    .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                    .fetch(1);
        } catch (RuntimeException e) {
            log.debug("Facet counts failed", e);
            return Map.of();
        }
        return aggregation(result, key);
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> facetType(Facet facet) {
        return (Class<Object>) (Class<?>) (facet == Facet.YEAR ? Integer.class : String.class);
    }

    /** A facet's counts; an index with no documents at all answers without any. */
    private static Map<String, Long> aggregation(SearchResult<?> result, AggregationKey<? extends Map<?, Long>> key) {
        try {
            return stringKeys(result.aggregation(key));
        } catch (org.hibernate.search.util.common.SearchException e) {
            return Map.of();
        }
    }

    private static Map<String, Long> stringKeys(Map<?, Long> counts) {
        Map<String, Long> result = new HashMap<>();
        counts.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static List<FacetCounts> facets(SearchQuery query, Map<Facet, Map<String, Long>> counts) {
        List<FacetCounts> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> c = counts.getOrDefault(facet, Map.of());
            Set<String> selected = query.selected(facet);
            List<String> order = new ArrayList<>(facet.choices());
            if (facet == Facet.YEAR) {
                c.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(order::add);
                selected.stream().filter(y -> !order.contains(y)).forEach(order::add);
            }
            List<FacetValue> values = new ArrayList<>();
            for (String value : order) {
                long count = c.getOrDefault(value, 0L);
                boolean chosen = selected.contains(value);
                if (count > 0 || chosen) {
                    values.add(new FacetValue(value, facet.labelKey(value), count, chosen));
                }
            }
            facets.add(new FacetCounts(facet, values));
        }
        return facets;
    }

    private List<Hit> hits(List<IndexPass.Row> rows, boolean textual) {
        List<Long> ids = rows.stream().map(IndexPass.Row::id).toList();
        Map<Long, CaseCard> cards = new LinkedHashMap<>();
        catalog.cards(ids).forEach(c -> cards.put(c.id(), c));
        List<Hit> hits = new ArrayList<>();
        for (IndexPass.Row row : rows) {
            CaseCard card = cards.get(row.id());
            if (card == null) {
                continue; // withdrawn or taken down since it was indexed
            }
            hits.add(hit(card, row.fragments(), textual));
        }
        return hits;
    }

    /**
     * A hit with its snippet: the fragment of the section where the query matched most words, or the excerpt
     * when no section has one (an empty query, or a match on the title or tags only).
     */
    static Hit hit(CaseCard card, Map<Section, String> fragments, boolean textual) {
        Section best = null;
        String snippet = null;
        int bestMarks = 0;
        if (textual) {
            for (Section section : Section.values()) {
                String fragment = fragments.get(section);
                if (fragment == null) {
                    continue;
                }
                int marks = IndexPass.marks(fragment);
                if (marks > bestMarks) {
                    bestMarks = marks;
                    best = section;
                    snippet = fragment;
                }
            }
        }
        return snippet == null
                ? new Hit(card, null, HtmlUtils.htmlEscape(card.excerpt()))
                : new Hit(card, best, marked(snippet));
    }

    /** Escapes the fragment, then turns the highlighter's markers into {@code <mark>}. */
    static String marked(String fragment) {
        String text = LEADING_PUNCTUATION
                .matcher(WHITESPACE.matcher(fragment).replaceAll(" "))
                .replaceFirst("")
                .strip();
        text = fromSentenceStart(text);
        return HtmlUtils.htmlEscape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    /** A fragment cut mid-sentence ("at all. Operator buddies …") starts at the next sentence, when it is near. */
    private static final Pattern BROKEN_START =
            Pattern.compile("^[\\p{Ll}\\p{N}][^" + MARK_START + "]{0,60}?[.!?] (?=\\p{Lu})");

    static String fromSentenceStart(String text) {
        Matcher broken = BROKEN_START.matcher(text);
        return broken.find() ? text.substring(broken.end()) : text;
    }

    /** A spelling correction of the typed words that finds something, or {@code null}; Lucene only. */
    private String didYouMean(SearchQuery query, List<Clause> clauses) {
        return sessions.onLucene() ? workers.run(() -> inSession(s -> didYouMean(s, query, clauses))) : null;
    }

    private String didYouMean(SearchSession session, SearchQuery query, List<Clause> clauses) {
        SearchPlans.Correction correction = searchPlans.correction(session, query, clauses);
        if (correction == null) {
            return null;
        }
        if (correction.strict() != null && correction.full() != null) {
            try (IndexReader reader = openReader()) {
                return IndexPass.findsAny(searcher(reader), correction.strict())
                                || IndexPass.findsAny(searcher(reader), correction.full())
                        ? correction.text()
                        : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return findsAny(session, correction.strictClauses(), query)
                        || findsAny(session, correction.fullClauses(), query)
                ? correction.text()
                : null;
    }

    private boolean findsAny(SearchSession session, List<Clause> clauses, SearchQuery query) {
        return !session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> CaseQueries.where(f, clauses, query.filters(), null))
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchHits(1)
                .isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseCard> suggest(String text, int limit) {
        return faults.orElse(() -> suggestions(text, limit), List.of());
    }

    private List<CaseCard> suggestions(String text, int limit) {
        if (state.rebuilding() || text == null || text.length() > SearchQuery.MAX_TEXT) {
            return List.of();
        }
        List<String> words = QueryText.words(text);
        if (words.isEmpty() || String.join("", words).length() < 2) {
            return List.of();
        }
        List<String> used = words.subList(0, Math.min(words.size(), 8));
        List<Long> ids = Search.session(entityManager)
                .search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    for (String word : used) {
                        b.must(f.match().field(SearchFields.SUGGEST).matching(word));
                    }
                }))
                .sort(f -> f.score().then().field(SearchFields.HELPFUL).desc())
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchHits(limit);
        return catalog.cards(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseCard> related(long caseId, int limit) {
        return faults.orElse(() -> relatedCases(caseId, limit), List.of());
    }

    private List<CaseCard> relatedCases(long caseId, int limit) {
        if (state.rebuilding()) {
            return List.of();
        }
        String text = documents.text(caseId).orElse(null);
        CaseDocuments.Tags tags = documents.tags(caseId).orElse(null);
        if (text == null || tags == null) {
            return List.of();
        }
        SearchSession session = Search.session(entityManager);
        if (!sessions.onLucene()) {
            if (!semantics.available(sessions)) {
                return catalog.cards(OpenSearchQueries.related(session, caseId, text, tags, limit, timeLimitNanos));
            }
            List<Long> words = OpenSearchQueries.related(session, caseId, text, tags, limit * 2, timeLimitNanos);
            return catalog.cards(nearAndLike(session, caseId, words, limit));
        }
        Query like = AnswerQueries.luceneLike(session, text.toLowerCase(Locale.ROOT));
        List<Long> ids = session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.should(f.extension(LuceneExtension.get()).fromLuceneQuery(like));
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
                .fetchHits(semantics.available(sessions) ? limit * 2 : limit);
        if (semantics.available(sessions)) {
            ids = nearAndLike(session, caseId, ids, limit);
        }
        return catalog.cards(ids);
    }

    /** The cases nearest in meaning beside those sharing the most telling words, fused by rank. */
    private List<Long> nearAndLike(SearchSession session, long caseId, List<Long> words, int limit) {
        float[] vector = documents.embedding(caseId).orElse(null);
        List<Long> near = semantics.nearestIds(session, vector, limit * 2, List.of(caseId));
        List<Long> ids = RankFusion.fuse(words, near, semantics.fusion());
        return ids.subList(0, Math.min(limit, ids.size()));
    }
}
