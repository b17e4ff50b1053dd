package org.hros.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.hros.platform.pagecache.ServedFromCache;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;
import org.hros.search.TopicsSearched;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Tells the trends which topics and skills were searched: a first page only, and not the partial htmx asks for while
 * a member refines the same search, so that one search counts once. A search page answered from the page cache
 * counts as well.
 */
@Component
class SearchCounting implements ServedFromCache {

    private final ApplicationEventPublisher events;

    SearchCounting(ApplicationEventPublisher events) {
        this.events = events;
    }

    void counted(SearchQuery query, String htmx) {
        TopicsSearched searched = TopicsSearched.of(query);
        if (query.page() == 1 && htmx == null && !searched.isEmpty()) {
            events.publishEvent(searched);
        }
    }

    @Override
    public void served(HttpServletRequest request) {
        if (!"/search"
                .equals(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            return;
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
        if (SearchKind.parse(params.getFirst("kind")).isEmpty()) {
            return;
        }
        try {
            counted(SearchQuery.parse(params), request.getHeader("HX-Request"));
        } catch (FieldErrorsException refused) {
            // Refused searches are answered 400 and never kept; nothing to count.
        }
    }
}
