package org.hros.search.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseCard;
import org.hros.discussion.PublicReply;
import org.hros.request.PublicRequest;
import org.hros.search.CommunityResults;
import org.hros.search.KindCounts;
import org.hros.search.SearchKind;
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
     * @param kinds how many cases, requests and discussion replies the same words find (the {@code kind} facet;
     *     requests and replies are at {@code /api/v1/search/requests} and {@code /api/v1/search/replies})
     * @param complete false when the search was cut off by its time limit: what it found by then
     */
    record Results(
            String q,
            String sort,
            int page,
            int pages,
            long total,
            List<Hit> hits,
            Map<String, List<FacetValue>> facets,
            String didYouMean,
            Map<String, Long> kinds,
            boolean complete) {

        static Results of(SearchResults r, KindCounts kinds, String baseUrl) {
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
                    r.didYouMean(),
                    kindCounts(kinds),
                    r.complete());
        }
    }

    /** The {@code kind} facet: each kind's slug with its count. */
    static Map<String, Long> kindCounts(KindCounts counts) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (SearchKind kind : SearchKind.values()) {
            kinds.put(kind.slug(), counts.of(kind));
        }
        return kinds;
    }

    /**
     * One page of matching requests or discussion replies; never who wrote them.
     *
     * @param kind {@code requests} or {@code discussion}
     * @param hits the requests (kind requests) or replies (kind discussion)
     * @param facets topic and skill with their counts (requests only)
     * @param kinds how many cases, requests and replies the same words find
     */
    record CommunityPage<H>(
            String kind,
            String q,
            String sort,
            int page,
            int pages,
            long total,
            List<H> hits,
            Map<String, List<FacetValue>> facets,
            Map<String, Long> kinds) {

        static <H> CommunityPage<H> of(CommunityResults r, List<H> hits, KindCounts kinds) {
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            r.facets()
                    .forEach(f -> facets.put(
                            f.facet().param(),
                            f.values().stream()
                                    .map(v -> new FacetValue(v.value(), v.count(), v.selected()))
                                    .toList()));
            return new CommunityPage<>(
                    r.kind().slug(),
                    r.query().text(),
                    r.query().sort().slug(),
                    r.page(),
                    r.pages(),
                    r.total(),
                    hits,
                    facets,
                    kindCounts(kinds));
        }
    }

    /**
     * A matching request.
     *
     * @param status open, sourcing, in_progress, answered or closed
     * @param snippet HTML-escaped text of its description with the matching words in {@code <mark>}
     */
    record RequestHit(
            long id,
            String url,
            String title,
            String status,
            long votes,
            List<String> topics,
            List<String> skills,
            Instant createdAt,
            String snippet) {

        static RequestHit of(CommunityResults.RequestHit h, String baseUrl) {
            PublicRequest r = h.request();
            return new RequestHit(
                    r.id(),
                    baseUrl + r.path(),
                    r.title(),
                    r.status().name().toLowerCase(java.util.Locale.ROOT),
                    r.votes(),
                    Vocabulary.slugs(r.topics()),
                    Vocabulary.slugs(r.skills()),
                    r.createdAt(),
                    h.snippetHtml());
        }
    }

    /**
     * A matching reply in the discussion of a case or a request.
     *
     * @param url the reply's place in its discussion
     * @param subjectType case or request
     * @param subjectTitle the title of the case or request discussed
     * @param snippet HTML-escaped text of the reply with the matching words in {@code <mark>}
     */
    record ReplyHit(
            long id,
            String url,
            String subjectType,
            long subjectId,
            String subjectTitle,
            Instant postedAt,
            String snippet) {

        static ReplyHit of(CommunityResults.ReplyHit h, String baseUrl) {
            PublicReply r = h.reply();
            return new ReplyHit(
                    r.id(),
                    baseUrl + r.path(),
                    r.subject().type().name().toLowerCase(java.util.Locale.ROOT),
                    r.subject().id(),
                    r.subjectTitle(),
                    r.postedAt(),
                    h.snippetHtml());
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
