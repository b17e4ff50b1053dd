package org.hros.search.domain.execution;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.casestudy.CaseCatalog;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.request.RequestStatus;
import org.hros.request.SimilarContent;
import org.hros.request.SimilarItem;
import org.hros.search.SearchQuery;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.indexing.IndexState;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.search.domain.query.CaseQueries;
import org.hros.search.domain.query.CommunityQueries;
import org.hros.search.domain.query.QueryText;
import org.hros.search.domain.query.QueryText.Clause;
import org.hros.search.domain.query.Synonyms;
import org.hros.shared.SubjectType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * While a member writes a request: the requests still open and the published cases whose words are like the
 * title so far, from the index, with the field's synonyms, stemming and typo tolerance. Takes the place of the
 * agenda's own PostgreSQL look-up. Nothing is offered while the index is rebuilt.
 */
@Component
@Transactional(readOnly = true)
class SearchSimilarContent implements SimilarContent {

    private final EntityManager entityManager;
    private final IndexState state;
    private final Synonyms synonyms;
    private final RequestCatalog requests;
    private final CaseCatalog catalog;
    private final long timeLimitNanos;

    SearchSimilarContent(
            EntityManager entityManager,
            IndexState state,
            Synonyms synonyms,
            RequestCatalog requests,
            CaseCatalog catalog,
            SearchProperties searchProperties) {
        this.entityManager = entityManager;
        this.state = state;
        this.synonyms = synonyms;
        this.requests = requests;
        this.catalog = catalog;
        this.timeLimitNanos = searchProperties.timeLimit().toNanos();
    }

    @Override
    public List<SimilarItem> similarTo(String text, int limit) {
        if (state.rebuilding() || limit < 1 || text == null || text.length() > SearchQuery.MAX_TEXT) {
            return List.of();
        }
        List<Clause> clauses = QueryText.parse(text, synonyms).stream()
                .filter(c -> !c.excluded())
                .toList();
        if (clauses.isEmpty() || String.join("", QueryText.words(text)).length() < 3) {
            return List.of();
        }
        // A title being typed shares some of its words with what it is like, not most.
        int required = clauses.size() <= 2 ? 1 : (clauses.size() + 1) / 2;
        SearchSession session = Search.session(entityManager);
        List<Long> requestIds = session.search(IndexedTypes.REQUESTS)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.must(CommunityQueries.text(f, clauses, CommunityQueries.REQUEST_FIELDS, required));
                    b.mustNot(f.match().field("status").matching(RequestStatus.CLOSED.name()));
                }))
                .sort(f -> f.score().then().field("votes").desc())
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchHits(limit);
        Map<Long, PublicRequest> live =
                requests.read(requestIds).stream().collect(Collectors.toMap(PublicRequest::id, Function.identity()));
        List<SimilarItem> items = new ArrayList<>();
        for (Long id : requestIds) {
            PublicRequest r = live.get(id);
            if (r != null && r.status() != RequestStatus.CLOSED) {
                items.add(new SimilarItem(SubjectType.REQUEST, r.id(), r.title(), r.path(), r.status(), r.votes()));
            }
        }
        List<Long> caseIds = session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> CommunityQueries.text(f, clauses, CASE_FIELDS, required))
                .sort(f -> f.score().then().field(SearchFields.HELPFUL).desc())
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchHits(limit);
        catalog.cards(caseIds).stream()
                .map(c -> new SimilarItem(SubjectType.CASE, c.id(), c.title(), c.path(), null, 0))
                .forEach(items::add);
        return items;
    }

    /** A case's fields with the same weights as in a search. */
    private static final Map<String, Float> CASE_FIELDS = caseFields();

    private static Map<String, Float> caseFields() {
        Map<String, Float> fields = new java.util.LinkedHashMap<>();
        fields.put(SearchFields.TEXT, CaseQueries.TEXT_BOOST);
        fields.put(SearchFields.TITLE, CaseQueries.TITLE_BOOST);
        fields.put("tags", CaseQueries.TAGS_BOOST);
        return java.util.Collections.unmodifiableMap(fields);
    }
}
