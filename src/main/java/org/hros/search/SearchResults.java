package org.hros.search;

import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.Section;

/**
 * One page of results.
 *
 * @param total how many cases match
 * @param facets every facet with the count each value would give, under the other facets' choices
 * @param didYouMean a corrected query when nothing matched and a correction does, else {@code null}
 * @param complete {@code false} when the search was cut off by its time limit ({@code hros.search.time-limit}):
 *     the hits, total and counts are what it found by then
 */
public record SearchResults(
        SearchQuery query, List<Hit> hits, long total, List<FacetCounts> facets, String didYouMean, boolean complete) {

    public int page() {
        return query.page();
    }

    public int pages() {
        return total == 0
                ? 1
                : (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page() > 1;
    }

    public boolean hasNext() {
        return page() < pages();
    }

    /**
     * A matching case.
     *
     * @param card the case as the library shows it, with its public attribution
     * @param section the section the snippet comes from, or {@code null} when the snippet is the case's excerpt
     * @param snippetHtml escaped text with the matching words in {@code <mark>}; safe to insert as HTML
     */
    public record Hit(CaseCard card, Section section, String snippetHtml) {}

    /** One facet's values with their counts, in display order. */
    public record FacetCounts(Facet facet, List<FacetValue> values) {

        public boolean anySelected() {
            return values.stream().anyMatch(FacetValue::selected);
        }
    }

    /**
     * One value of a facet.
     *
     * @param labelKey the message key of its label, or {@code null} when {@code value} is its own label
     */
    public record FacetValue(String value, String labelKey, long count, boolean selected) {}
}
