package org.hros.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.search.CaseSearch;
import org.hros.search.CommunityResults;
import org.hros.search.CommunitySearch;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults;
import org.hros.search.SearchUnavailableException;
import org.hros.shared.FieldErrorsException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, suggestions while typing, and the related cases on a case page. */
@Controller
class SearchController {

    static final int SUGGESTIONS = 6;
    static final int RELATED = 4;

    static final int ANSWERS = 5;

    private final CaseSearch search;
    private final CommunitySearch community;
    private final SearchCounting counting;

    SearchController(CaseSearch search, CommunitySearch community, SearchCounting counting) {
        this.search = search;
        this.community = community;
        this.counting = counting;
    }

    @GetMapping("/search")
    String search(
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        SearchKind kind = SearchKind.parse(params.getFirst("kind")).orElse(null);
        if (kind == null) {
            response.setStatus(400);
            model.addAttribute("search", SearchView.refused(params.getFirst("q"), "search.error.kind"));
            return "search/search";
        }
        if (kind != SearchKind.CASES) {
            return searchCommunity(kind, params, htmx, response, model);
        }
        SearchView view;
        try {
            SearchResults results = search.search(SearchQuery.parse(params));
            counting.counted(results.query(), htmx);
            view = SearchView.of(
                    results,
                    KindTabs.of(
                            results.query(),
                            kind,
                            community.counts(results.query(), SearchKind.CASES, results.total())));
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            view = SearchView.refused(params.getFirst("q"), messageOf(e));
        } catch (SearchUnavailableException e) {
            return unavailable(e, response, model);
        }
        model.addAttribute("search", view);
        return htmx != null ? "search/results" : "search/search";
    }

    /** Requests or discussion replies matching a search, with the same box, kinds and pager. */
    private String searchCommunity(
            SearchKind kind,
            MultiValueMap<String, String> params,
            String htmx,
            HttpServletResponse response,
            Model model) {
        CommunityView view;
        try {
            SearchQuery query = SearchQuery.parse(params);
            CommunityResults results = community.search(kind, query);
            counting.counted(query, htmx);
            KindTabs kinds = KindTabs.of(query, kind, community.counts(query, kind, results.total()));
            view = new CommunityView(query.text(), kind, results, kinds, null);
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            view = new CommunityView(SearchView.shown(params.getFirst("q")), kind, null, null, messageOf(e));
        } catch (SearchUnavailableException e) {
            return unavailable(e, response, model);
        }
        model.addAttribute("search", view);
        return htmx != null && view.results() != null ? "search/communityResults" : "search/community";
    }

    @GetMapping("/search/answers/{requestId:\\d+}")
    String answers(
            @PathVariable long requestId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("answers", new AnswersView(requestId, community.answers(requestId, ANSWERS)));
        return htmx != null ? "search/answersList" : "search/answers";
    }

    @GetMapping("/search/suggest")
    String suggest(@RequestParam(required = false) String q, Model model) {
        List<CaseCard> cards = search.suggest(q, SUGGESTIONS);
        model.addAttribute("suggestions", new SuggestionsView(q == null ? "" : q, cards));
        return "search/suggestions";
    }

    @GetMapping("/search/related/{caseId:\\d+}")
    String related(
            @PathVariable long caseId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("related", new RelatedView(caseId, search.related(caseId, RELATED)));
        return htmx != null ? "search/relatedList" : "search/related";
    }

    private static String unavailable(SearchUnavailableException e, HttpServletResponse response, Model model) {
        response.setStatus(503);
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        model.addAttribute("percent", e.percentDone());
        return "search/unavailable";
    }

    private static String messageOf(FieldErrorsException e) {
        return e.errors().stream()
                .filter(error -> error.field().equals("q"))
                .findFirst()
                .orElse(e.errors().get(0))
                .code();
    }
}
