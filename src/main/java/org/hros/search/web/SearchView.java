package org.hros.search.web;

import java.util.ArrayList;
import java.util.List;
import org.hros.search.Facet;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults;
import org.hros.search.SearchResults.FacetCounts;
import org.hros.search.SearchResults.FacetValue;
import org.hros.search.SearchSort;

/**
 * The search page: the box, the results, the facets with the links that apply or remove each value, the sort
 * choices and the pager. Every link is the whole search's address.
 *
 * @param text what is in the box
 * @param results the results, or {@code null} when the query was refused
 * @param errorKey the message for a refused query, else {@code null}
 * @param kinds the kind facet (cases, requests, discussion), or {@code null} when the query was refused
 */
public record SearchView(String text, SearchResults results, String errorKey, KindTabs kinds) {

    static SearchView of(SearchResults results, KindTabs kinds) {
        return new SearchView(results.query().text(), results, null, kinds);
    }

    static SearchView refused(String text, String errorKey) {
        return new SearchView(shown(text), null, errorKey, null);
    }

    /** What a refused query leaves in the box. */
    static String shown(String text) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), SearchQuery.MAX_TEXT));
    }

    public SearchQuery query() {
        return results.query();
    }

    public int maxLength() {
        return SearchQuery.MAX_TEXT;
    }

    /** The facets that have something to choose, each value with its link. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (FacetCounts counts : results.facets()) {
            if (counts.values().isEmpty()) {
                continue;
            }
            List<Option> options = counts.values().stream()
                    .map(v -> new Option(
                            v, query().toggle(counts.facet(), v.value()).url()))
                    .toList();
            groups.add(new Group(counts.facet(), options, counts.anySelected()));
        }
        return groups;
    }

    /** The chosen values, each with the link that removes it. */
    public List<Option> active() {
        List<Option> active = new ArrayList<>();
        for (Group g : groups()) {
            g.options().stream().filter(o -> o.value().selected()).forEach(active::add);
        }
        return active;
    }

    public String clearHref() {
        return query().withoutFilters().url();
    }

    public List<SortOption> sorts() {
        return java.util.Arrays.stream(SearchSort.values())
                .map(s -> new SortOption(s, query().withSort(s).url(), s == query().sort()))
                .toList();
    }

    public String pageHref(int page) {
        return query().withPage(page).url();
    }

    public String didYouMeanHref() {
        return results.didYouMean() == null
                ? null
                : query().withText(results.didYouMean()).url();
    }

    /** One facet in the sidebar. */
    public record Group(Facet facet, List<Option> options, boolean open) {

        public String id() {
            return "facet-" + facet.param();
        }
    }

    /** One value with the address that chooses it, or removes it when it is chosen. */
    public record Option(FacetValue value, String href) {}

    /** One sort order with its address. */
    public record SortOption(SearchSort sort, String href, boolean current) {}
}
