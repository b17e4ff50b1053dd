package org.hros.search.web;

import java.util.ArrayList;
import java.util.List;
import org.hros.search.CommunityResults;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults.FacetCounts;
import org.hros.search.SearchSort;
import org.hros.search.web.SearchView.Group;
import org.hros.search.web.SearchView.Option;
import org.hros.search.web.SearchView.SortOption;

/**
 * The search page over requests or the discussion: the box, the kinds, the results with their snippets, the
 * topic and skill facets for requests, the sort choices and the pager. Every link keeps the kind.
 *
 * @param results the results, or {@code null} when the query was refused
 * @param kinds the kind facet, or {@code null} when the query was refused
 * @param errorKey the message for a refused query, else {@code null}
 */
public record CommunityView(String text, SearchKind kind, CommunityResults results, KindTabs kinds, String errorKey) {

    public SearchQuery query() {
        return results.query();
    }

    public int maxLength() {
        return SearchQuery.MAX_TEXT;
    }

    public boolean requests() {
        return kind == SearchKind.REQUESTS;
    }

    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (FacetCounts counts : results.facets()) {
            if (counts.values().isEmpty()) {
                continue;
            }
            List<Option> options = counts.values().stream()
                    .map(v -> new Option(v, href(query().toggle(counts.facet(), v.value()))))
                    .toList();
            groups.add(new Group(counts.facet(), options, counts.anySelected()));
        }
        return groups;
    }

    /** Requests sort by relevance, newest or votes; replies by relevance or newest. */
    public List<SortOption> sorts() {
        List<SearchSort> sorts = requests()
                ? List.of(SearchSort.RELEVANCE, SearchSort.NEWEST, SearchSort.HELPFUL)
                : List.of(SearchSort.RELEVANCE, SearchSort.NEWEST);
        SearchSort current =
                !requests() && query().sort() == SearchSort.HELPFUL ? SearchSort.RELEVANCE : query().sort();
        return sorts.stream()
                .map(s -> new SortOption(s, href(query().withSort(s)), s == current))
                .toList();
    }

    /** The page's heading. */
    public String titleKey() {
        return "search.community.title." + kind.slug();
    }

    /** How many were found. */
    public String countKey() {
        return "search.community.count." + kind.slug();
    }

    /** The label of a request's status, as the agenda names it. */
    public String statusKey(org.hros.request.RequestStatus status) {
        return "request.status." + status.name();
    }

    public String sortKey(SearchSort sort) {
        return sort == SearchSort.HELPFUL ? "search.sort.votes" : sort.messageKey();
    }

    public String pageHref(int page) {
        return href(query().withPage(page));
    }

    private String href(SearchQuery q) {
        return KindTabs.href(q, kind);
    }
}
