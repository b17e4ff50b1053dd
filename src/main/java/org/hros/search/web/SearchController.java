package org.hros.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.search.CaseSearch;
import org.hros.search.SearchQuery;
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

    private final CaseSearch search;

    SearchController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        SearchView view;
        try {
            view = SearchView.of(search.search(SearchQuery.parse(params)));
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            view = SearchView.refused(params.getFirst("q"), messageOf(e));
        } catch (SearchUnavailableException e) {
            return unavailable(e, response, model);
        }
        model.addAttribute("search", view);
        return htmx != null ? "search/results" : "search/search";
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
