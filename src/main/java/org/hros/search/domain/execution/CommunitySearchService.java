package org.hros.search.domain.execution;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.discussion.PublicReply;
import org.hros.discussion.ReplyCatalog;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.search.CaseSearch;
import org.hros.search.CommunityResults;
import org.hros.search.CommunityResults.ReplyHit;
import org.hros.search.CommunityResults.RequestHit;
import org.hros.search.CommunitySearch;
import org.hros.search.Facet;
import org.hros.search.KindCounts;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults.FacetCounts;
import org.hros.search.SearchResults.FacetValue;
import org.hros.search.SearchUnavailableException;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.analysis.HtmlText;
import org.hros.search.domain.indexing.IndexState;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.query.AnswerQueries;
import org.hros.search.domain.query.CommunityQueries;
import org.hros.search.domain.query.QueryText;
import org.hros.search.domain.query.QueryText.Clause;
import org.hros.search.domain.query.Synonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Search over request and reply documents, and cases that may answer a request. The index gives ids, snippets
 * and counts; what is shown is read live from the agenda and the discussions, which leave out what is gone.
 */
@Service
@Transactional(readOnly = true)
class CommunitySearchService implements CommunitySearch {

    private static final Logger log = LoggerFactory.getLogger(CommunitySearchService.class);

    /** Requests narrow by these facets; the others describe cases only. */
    static final List<Facet> REQUEST_FACETS = List.of(Facet.TOPIC, Facet.SKILL);

    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final int SNIPPET = 220;

    private final EntityManager entityManager;
    private final SearchSessions sessions;
    private final IndexState state;
    private final Synonyms synonyms;
    private final RequestCatalog requests;
    private final ReplyCatalog replies;
    private final CaseCatalog catalog;
    private final SearchWorkers workers;
    private final QueryPlans plans;
    private final long timeLimitNanos;

    private final SemanticQueries semantics;
    private final CaseSearch cases;
    private final IndexFaults faults;

    CommunitySearchService(
            EntityManager entityManager,
            SearchSessions sessions,
            IndexState state,
            Synonyms synonyms,
            RequestCatalog requests,
            ReplyCatalog replies,
            CaseCatalog catalog,
            SearchWorkers workers,
            QueryPlans plans,
            SemanticQueries semantics,
            CaseSearch cases,
            IndexFaults faults,
            SearchProperties searchProperties) {
        this.semantics = semantics;
        this.cases = cases;
        this.faults = faults;
        this.workers = workers;
        this.plans = plans;
        this.entityManager = entityManager;
        this.sessions = sessions;
        this.state = state;
        this.synonyms = synonyms;
        this.requests = requests;
        this.replies = replies;
        this.catalog = catalog;
        this.timeLimitNanos = searchProperties.timeLimit().toNanos();
    }

    /**
     * Outside any transaction: counting reads the index only ({@link SearchSessions}). On Lucene, the query Hibernate
     * Search builds, kept for the next time ({@link QueryPlans}), is counted directly on a search worker, its fuzzy
     * terms reusing automata built before ({@link FuzzyAutomata}); counting through Hibernate Search would rebuild
     * both for every search.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public long count(SearchKind kind, SearchQuery query) {
        return faults.search(() -> counted(kind, query));
    }

    private long counted(SearchKind kind, SearchQuery query) {
        state.requireReady();
        if (kind == SearchKind.CASES) {
            // Cases are also found by meaning: the tab's count is the cases tab's own total, so the two agree.
            return cases.search(query).total();
        }
        List<Clause> clauses = QueryText.parse(query.text(), synonyms);
        boolean requests = kind == SearchKind.REQUESTS;
        Class<?> type = requests ? IndexedTypes.REQUESTS : IndexedTypes.REPLIES;
        Function<SearchPredicateFactory, PredicateFinalStep> where =
                requests ? f -> requestWhere(f, clauses, query.filters(), null) : f -> replyWhere(f, clauses);
        if (sessions.onLucene()) {
            Query lucene = plans.get(
                    new QueryPlans.Matching(type, clauses, query.filters()),
                    () -> sessions.apply(session -> LuceneQueries.query(session.search(type)
                                    .extension(LuceneExtension.get())
                                    .where(where::apply)
                                    .toQuery())
                            .orElse(null)));
            if (lucene != null) {
                return workers.run(() -> countOnLucene(type, lucene));
            }
        }
        return sessions.apply(session -> session.search(type)
                .where(where::apply)
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchTotalHitCount());
    }

    private long countOnLucene(Class<?> type, Query query) {
        try (IndexReader reader = sessions.openReader(type)) {
            return IndexPass.timed(reader, timeLimitNanos).count(FuzzyAutomata.reuse(query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public KindCounts counts(SearchQuery query, SearchKind shown, long shownTotal) {
        return CommunitySearch.super.counts(query, shown, shownTotal);
    }

    @Override
    public CommunityResults search(SearchKind kind, SearchQuery query) {
        return faults.search(() -> {
            state.requireReady();
            List<Clause> clauses = QueryText.parse(query.text(), synonyms);
            boolean textual = clauses.stream().anyMatch(c -> !c.excluded());
            return kind == SearchKind.REQUESTS
                    ? searchRequests(query, clauses, textual)
                    : searchReplies(query, clauses, textual);
        });
    }

    private CommunityResults searchRequests(SearchQuery query, List<Clause> clauses, boolean textual) {
        SearchSession session = Search.session(entityManager);
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        SearchResult<List<?>> result;
        try {
            result = requestPage(session, query, clauses, textual, keys);
        } catch (SearchUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // A search cut short by the time limit can leave Lucene's term counts half-built; the hits found by
            // then are worth more than the counts.
            log.debug("Request facet counts failed, searching without them", e);
            keys.clear();
            result = requestPage(session, query, clauses, textual, null);
        }

        SearchResult<List<?>> found = result;
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, aggregation(found, key)));
        for (Facet facet : REQUEST_FACETS) {
            if (!query.selected(facet).isEmpty()) {
                counts.put(facet, countWithout(session, clauses, query, facet));
            }
        }
        Map<Long, String> snippets = snippets(result.hits());
        Map<Long, PublicRequest> live = byId(requests.read(snippets.keySet()), PublicRequest::id);
        List<RequestHit> hits = new ArrayList<>();
        for (Map.Entry<Long, String> e : snippets.entrySet()) {
            PublicRequest request = live.get(e.getKey());
            if (request == null || request.merged()) {
                continue; // merged into another since it was indexed
            }
            String snippet = e.getValue() != null ? e.getValue() : excerpt(request.descriptionHtml());
            hits.add(new RequestHit(request, snippet));
        }
        return new CommunityResults(
                query,
                SearchKind.REQUESTS,
                hits,
                List.of(),
                result.total().hitCountLowerBound(),
                facets(query, counts));
    }

    /** The requests' page, with the counts of the facets without a choice when {@code keys} is given. */
    private SearchResult<List<?>> requestPage(
            SearchSession session,
            SearchQuery query,
            List<Clause> clauses,
            boolean textual,
            Map<Facet, AggregationKey<Map<String, Long>>> keys) {
        var search = session.search(IndexedTypes.REQUESTS)
                .select(f -> f.composite(f.id(Long.class), f.highlight("description")))
                .where(f -> requestWhere(f, clauses, query.filters(), null));
        for (Facet facet : REQUEST_FACETS) {
            if (keys != null && query.selected(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
                keys.put(facet, key);
                search = search.aggregation(
                        key, f -> f.terms().field(facet.field(), String.class).maxTermCount(100));
            }
        }
        search = search.sort(f -> switch (query.sort()) {
            case NEWEST -> f.field("createdAt").desc().then().score();
            case HELPFUL ->
                f.field("votes").desc().then().score().then().field("createdAt").desc();
            case RELEVANCE ->
                textual
                        ? f.score().then().field("votes").desc()
                        : f.field("createdAt").desc();
        });
        if (textual) {
            search = search.highlighter(f -> f.plain()
                    .tag(MARK_START, MARK_END)
                    .fragmentSize(SNIPPET)
                    .numberOfFragments(1)
                    .noMatchSize(0));
        }
        return search.truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetch((query.page() - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
    }

    private CommunityResults searchReplies(SearchQuery query, List<Clause> clauses, boolean textual) {
        var search = Search.session(entityManager)
                .search(IndexedTypes.REPLIES)
                .select(f -> f.composite(f.id(Long.class), f.highlight("body")))
                .where(f -> replyWhere(f, clauses))
                .sort(f -> textual && query.sort() != org.hros.search.SearchSort.NEWEST
                        ? f.score().then().field("createdAt").desc()
                        : f.field("createdAt").desc());
        if (textual) {
            search = search.highlighter(f -> f.plain()
                    .tag(MARK_START, MARK_END)
                    .fragmentSize(SNIPPET)
                    .numberOfFragments(1)
                    .noMatchSize(0));
        }
        SearchResult<List<?>> result = search.truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetch((query.page() - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
        Map<Long, String> snippets = snippets(result.hits());
        Map<Long, PublicReply> live = byId(replies.read(snippets.keySet()), PublicReply::id);
        List<ReplyHit> hits = new ArrayList<>();
        for (Map.Entry<Long, String> e : snippets.entrySet()) {
            PublicReply reply = live.get(e.getKey());
            if (reply == null) {
                continue; // removed, or its case withdrawn, since it was indexed
            }
            hits.add(new ReplyHit(reply, e.getValue() != null ? e.getValue() : excerpt(reply.html())));
        }
        return new CommunityResults(
                query, SearchKind.DISCUSSION, List.of(), hits, result.total().hitCountLowerBound(), List.of());
    }

    static PredicateFinalStep requestWhere(
            SearchPredicateFactory f, List<Clause> clauses, Map<Facet, Set<String>> filters, Facet except) {
        return f.bool(b -> {
            b.must(f.matchAll());
            b.must(CommunityQueries.text(f, clauses, CommunityQueries.REQUEST_FIELDS, null));
            for (Facet facet : REQUEST_FACETS) {
                Set<String> values = filters.getOrDefault(facet, Set.of());
                if (facet != except && !values.isEmpty()) {
                    b.filter(f.terms().field(facet.field()).matchingAny(values));
                }
            }
        });
    }

    static PredicateFinalStep replyWhere(SearchPredicateFactory f, List<Clause> clauses) {
        return f.bool(b -> {
            b.must(f.matchAll());
            b.must(CommunityQueries.text(f, clauses, CommunityQueries.REPLY_FIELDS, null));
        });
    }

    private Map<String, Long> countWithout(
            SearchSession session, List<Clause> clauses, SearchQuery query, Facet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
        try {
            SearchResult<Long> result = session.search(IndexedTypes.REQUESTS)
                    .select(f -> f.id(Long.class))
                    .where(f -> requestWhere(f, clauses, query.filters(), facet))
                    .aggregation(
                            key,
                            f -> f.terms().field(facet.field(), String.class).maxTermCount(100))
                    .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                    .fetch(1);
            return aggregation(result, key);
        } catch (RuntimeException e) {
            log.debug("Request facet counts failed", e);
            return Map.of();
        }
    }

    private static Map<String, Long> aggregation(SearchResult<?> result, AggregationKey<Map<String, Long>> key) {
        try {
            return new HashMap<>(result.aggregation(key));
        } catch (org.hibernate.search.util.common.SearchException e) {
            return Map.of();
        }
    }

    private static List<FacetCounts> facets(SearchQuery query, Map<Facet, Map<String, Long>> counts) {
        List<FacetCounts> facets = new ArrayList<>();
        for (Facet facet : REQUEST_FACETS) {
            Map<String, Long> c = counts.getOrDefault(facet, Map.of());
            Set<String> selected = query.selected(facet);
            List<FacetValue> values = new ArrayList<>();
            for (String value : facet.choices()) {
                long count = c.getOrDefault(value, 0L);
                if (count > 0 || selected.contains(value)) {
                    values.add(new FacetValue(value, facet.labelKey(value), count, selected.contains(value)));
                }
            }
            facets.add(new FacetCounts(facet, values));
        }
        return facets;
    }

    /** Each hit's id with its highlighted fragment (or null), in rank order. */
    private static Map<Long, String> snippets(List<List<?>> rows) {
        Map<Long, String> snippets = new java.util.LinkedHashMap<>();
        for (List<?> row : rows) {
            @SuppressWarnings("unchecked")
            List<String> fragments = (List<String>) row.get(1);
            String fragment = fragments == null || fragments.isEmpty() ? null : marked(fragments.get(0));
            snippets.put((Long) row.get(0), fragment);
        }
        return snippets;
    }

    /** Escapes a fragment, then turns the highlighter's markers into {@code <mark>}. */
    static String marked(String fragment) {
        String text = fragment.replaceAll("\\s+", " ").strip();
        return HtmlUtils.htmlEscape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    /** The beginning of a text, escaped, when nothing in it was highlighted. */
    static String excerpt(String html) {
        String text = HtmlText.of(html);
        if (text == null) {
            return "";
        }
        text = text.replaceAll("\\s+", " ");
        if (text.length() > SNIPPET) {
            int cut = text.lastIndexOf(' ', SNIPPET);
            text = text.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + "…";
        }
        return HtmlUtils.htmlEscape(text);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    @Override
    public List<CaseCard> answers(long requestId, int limit) {
        return faults.orElse(() -> answerCards(requestId, limit), List.of());
    }

    private List<CaseCard> answerCards(long requestId, int limit) {
        if (state.rebuilding()) {
            return List.of();
        }
        return requests.read(requestId)
                .map(request -> catalog.cards(answerIds(request, limit)))
                .orElse(List.of());
    }

    /**
     * The words' "more like this" and, where available, the cases nearest in meaning to the request's title and
     * description, fused by rank.
     */
    private List<Long> answerIds(org.hros.request.PublicRequest request, int limit) {
        if (!semantics.available(sessions)) {
            return AnswerQueries.answers(entityManager, request, limit, timeLimitNanos);
        }
        List<Long> words = AnswerQueries.answers(entityManager, request, limit * 2, timeLimitNanos);
        String text = request.title() + ". " + java.util.Objects.toString(HtmlText.of(request.descriptionHtml()), "");
        List<Long> near = semantics.nearestIds(
                Search.session(entityManager), semantics.vectorOf(text), limit * 2, request.caseIds());
        List<Long> fused = RankFusion.fuse(words, near, semantics.fusion());
        return fused.subList(0, Math.min(limit, fused.size()));
    }
}
