package org.hros.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.platform.HrosProperties;
import org.hros.search.CaseSearch;
import org.hros.search.CommunityResults;
import org.hros.search.CommunitySearch;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults;
import org.hros.search.SearchUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over JSON, with the same parameters and facets as the search page. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search over published cases, with facets")
class SearchApiController {

    private final CaseSearch search;
    private final CommunitySearch community;
    private final MessageSource messages;
    private final String baseUrl;

    SearchApiController(
            CaseSearch search, CommunitySearch community, MessageSource messages, HrosProperties hrosProperties) {
        this.search = search;
        this.community = community;
        this.messages = messages;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping
    @Operation(
            summary = "Search published cases",
            description = "Words match with English stemming, the field's synonyms and, from five letters on,"
                    + " one typo (two from nine letters). \"A phrase\" matches exactly; -word and -\"a phrase\""
                    + " exclude. No other syntax: wildcards, regular expressions and field names are ordinary"
                    + " characters. At most 2,000 characters (longer is a 400). Values of one facet widen the"
                    + " results, different facets narrow them; each facet's counts apply the other facets'"
                    + " choices; `kinds` counts the requests and discussion replies the same words find (searched at"
                    + " /api/v1/search/requests and /api/v1/search/replies). 503 while the index is rebuilt.")
    SearchJson.Results searchCases(
            @Parameter(description = "What to look for; empty lists every case") @RequestParam(required = false)
                    String q,
            @Parameter(description = "case-study or spark; repeatable") @RequestParam(required = false)
                    List<String> type,
            @Parameter(description = "failure, mixed or success; repeatable") @RequestParam(required = false)
                    List<String> outcome,
            @Parameter(description = "a topic slug, e.g. sourcing; repeatable") @RequestParam(required = false)
                    List<String> topic,
            @Parameter(description = "a skill slug, e.g. evp-design; repeatable") @RequestParam(required = false)
                    List<String> skill,
            @Parameter(description = "an industry slug, e.g. fintech; repeatable") @RequestParam(required = false)
                    List<String> industry,
            @Parameter(description = "a company size band, e.g. 201-500; repeatable") @RequestParam(required = false)
                    List<String> size,
            @Parameter(description = "a region slug, e.g. europe; repeatable") @RequestParam(required = false)
                    List<String> region,
            @Parameter(description = "the year it happened, e.g. 2024; repeatable") @RequestParam(required = false)
                    List<String> year,
            @Parameter(description = "cc-by-4-0, cc-by-sa-4-0 or cc-by-nc-4-0; repeatable")
                    @RequestParam(required = false)
                    List<String> licence,
            @Parameter(description = "relevance (default), newest or helpful") @RequestParam(required = false)
                    String sort,
            @Parameter(description = "from 1; ten results a page") @RequestParam(required = false) String page) {
        Map<String, List<String>> params = new HashMap<>();
        put(params, "q", q);
        params.put("type", orEmpty(type));
        params.put("outcome", orEmpty(outcome));
        params.put("topic", orEmpty(topic));
        params.put("skill", orEmpty(skill));
        params.put("industry", orEmpty(industry));
        params.put("size", orEmpty(size));
        params.put("region", orEmpty(region));
        params.put("year", orEmpty(year));
        params.put("licence", orEmpty(licence));
        put(params, "sort", sort);
        put(params, "page", page);
        SearchResults results = search.search(SearchQuery.parse(params));
        return SearchJson.Results.of(
                results, community.counts(results.query(), SearchKind.CASES, results.total()), baseUrl);
    }

    @GetMapping("/requests")
    @Operation(
            summary = "Search requests",
            description = "The same words, phrases, exclusions, synonyms and typo tolerance as the search of cases,"
                    + " over each request's title, description and tags. Topic and skill narrow the results."
                    + " A request merged into another as a duplicate is never found. Who posted a request is not"
                    + " part of a hit. 503 while the index is rebuilt.")
    SearchJson.CommunityPage<SearchJson.RequestHit> searchRequests(
            @Parameter(description = "What to look for; empty lists every request") @RequestParam(required = false)
                    String q,
            @Parameter(description = "a topic slug, e.g. sourcing; repeatable") @RequestParam(required = false)
                    List<String> topic,
            @Parameter(description = "a skill slug, e.g. evp-design; repeatable") @RequestParam(required = false)
                    List<String> skill,
            @Parameter(description = "relevance (default), newest or helpful (most votes)")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "from 1; ten results a page") @RequestParam(required = false) String page) {
        Map<String, List<String>> params = new HashMap<>();
        put(params, "q", q);
        params.put("topic", orEmpty(topic));
        params.put("skill", orEmpty(skill));
        put(params, "sort", sort);
        put(params, "page", page);
        SearchQuery query = SearchQuery.parse(params);
        CommunityResults results = community.search(SearchKind.REQUESTS, query);
        return SearchJson.CommunityPage.of(
                results,
                results.requests().stream()
                        .map(h -> SearchJson.RequestHit.of(h, baseUrl))
                        .toList(),
                community.counts(query, SearchKind.REQUESTS, results.total()));
    }

    @GetMapping("/replies")
    @Operation(
            summary = "Search the replies of public discussions",
            description = "The same query syntax as the search of cases, over the text of replies in the"
                    + " discussions of published cases and of requests. Removed replies and replies on cases no"
                    + " longer published are never found. A hit names the discussion it belongs to, never who"
                    + " wrote the reply. 503 while the index is rebuilt.")
    SearchJson.CommunityPage<SearchJson.ReplyHit> searchReplies(
            @Parameter(description = "What to look for; empty lists every reply") @RequestParam(required = false)
                    String q,
            @Parameter(description = "relevance (default) or newest") @RequestParam(required = false) String sort,
            @Parameter(description = "from 1; ten results a page") @RequestParam(required = false) String page) {
        Map<String, List<String>> params = new HashMap<>();
        put(params, "q", q);
        put(params, "sort", sort);
        put(params, "page", page);
        SearchQuery query = SearchQuery.parse(params);
        CommunityResults results = community.search(SearchKind.DISCUSSION, query);
        return SearchJson.CommunityPage.of(
                results,
                results.replies().stream()
                        .map(h -> SearchJson.ReplyHit.of(h, baseUrl))
                        .toList(),
                community.counts(query, SearchKind.DISCUSSION, results.total()));
    }

    @GetMapping("/answers/{requestId}")
    @Operation(summary = "Published cases that may answer a request, by its words, topics and skills")
    List<SearchJson.CaseRef> answerCases(@PathVariable long requestId) {
        return community.answers(requestId, 10).stream()
                .map(c -> SearchJson.CaseRef.of(c, baseUrl))
                .toList();
    }

    @GetMapping("/suggest")
    @Operation(summary = "Cases whose titles start like the text, for suggestions while typing")
    List<SearchJson.CaseRef> suggestCases(@RequestParam(required = false) String q) {
        return search.suggest(q, 8).stream()
                .map(c -> SearchJson.CaseRef.of(c, baseUrl))
                .toList();
    }

    @GetMapping("/related/{caseId}")
    @Operation(summary = "Cases like a published case, by its words, topics and skills")
    List<SearchJson.CaseRef> relatedCases(@PathVariable long caseId) {
        return search.related(caseId, 6).stream()
                .map(c -> SearchJson.CaseRef.of(c, baseUrl))
                .toList();
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e, Locale locale) {
        String kind = e.rebuilding() ? "search.unavailable" : "search.failing";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage(kind + ".text", null, locale));
        problem.setTitle(messages.getMessage(kind + ".title", null, locale));
        if (e.rebuilding()) {
            problem.setProperty("percentDone", e.percentDone());
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem);
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null) {
            params.put(name, List.of(value));
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
