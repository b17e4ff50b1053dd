package org.hros.search.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseCard;
import org.hros.search.SearchResults;
import org.hros.shared.Vocabulary;

/** JSON shapes of search results. */
final class SearchJson {

    private SearchJson() {}

    /**
     * One page of results.
     *
     * @param facets per facet parameter, its values with counts under the other facets' choices
     * @param didYouMean a corrected query when nothing matched, else null
     */
    record Results(
            String q,
            String sort,
            int page,
            int pages,
            long total,
            List<Hit> hits,
            Map<String, List<FacetValue>> facets,
            String didYouMean) {

        static Results of(SearchResults r, String baseUrl) {
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            r.facets()
                    .forEach(f -> facets.put(
                            f.facet().param(),
                            f.values().stream()
                                    .map(v -> new FacetValue(v.value(), v.count(), v.selected()))
                                    .toList()));
            return new Results(
                    r.query().text(),
                    r.query().sort().slug(),
                    r.page(),
                    r.pages(),
                    r.total(),
                    r.hits().stream().map(h -> Hit.of(h, baseUrl)).toList(),
                    facets,
                    r.didYouMean());
        }
    }

    /**
     * A matching case.
     *
     * @param section the key of the section the snippet comes from, or null for the case's excerpt
     * @param snippet HTML-escaped text with the matching words in {@code <mark>}
     */
    record Hit(
            long id,
            String url,
            String type,
            String title,
            String outcome,
            List<String> topics,
            String industry,
            String sizeBand,
            Instant publishedAt,
            Attribution attribution,
            String section,
            String snippet) {

        static Hit of(SearchResults.Hit h, String baseUrl) {
            CaseCard c = h.card();
            return new Hit(
                    c.id(),
                    baseUrl + c.path(),
                    c.type().slug(),
                    c.title(),
                    c.outcome().slug(),
                    Vocabulary.slugs(c.topics()),
                    c.industry() == null ? null : c.industry().slug(),
                    c.sizeBand() == null ? null : c.sizeBand().slug(),
                    c.publishedAt(),
                    Attribution.of(c.attribution(), baseUrl),
                    h.section() == null ? null : h.section().key(),
                    h.snippetHtml());
        }
    }

    /** A facet value and how many cases it gives. */
    record FacetValue(String value, long count, boolean selected) {}

    /** How the case credits its author, as the library decides it for the public. */
    record Attribution(String mode, String name, String profileUrl) {

        static Attribution of(AttributionView a, String baseUrl) {
            return new Attribution(
                    a.mode().name(), a.name(), a.profilePath() == null ? null : baseUrl + a.profilePath());
        }
    }

    /** A case in a short list (suggestions, related cases). */
    record CaseRef(long id, String url, String title, String outcome) {

        static CaseRef of(CaseCard c, String baseUrl) {
            return new CaseRef(
                    c.id(), baseUrl + c.path(), c.title(), c.outcome().slug());
        }
    }
}
