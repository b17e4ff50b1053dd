package org.hros.search;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Waits for the index, which is written in the background after each commit. */
final class SearchSupport {

    private SearchSupport() {}

    static SearchResults until(CaseSearch search, SearchQuery query, Predicate<SearchResults> condition) {
        SearchResults[] last = new SearchResults[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .ignoreException(SearchUnavailableException.class)
                .until(() -> {
                    last[0] = search.search(query);
                    return condition.test(last[0]);
                });
        return last[0];
    }

    /** Waits until the search for {@code text} finds the case. */
    static SearchResults found(CaseSearch search, String text, long caseId) {
        return until(search, SearchQuery.of(text), r -> ids(r).contains(caseId));
    }

    /** Waits until the search for {@code text} no longer finds the case. */
    static SearchResults gone(CaseSearch search, String text, long caseId) {
        return until(search, SearchQuery.of(text), r -> !ids(r).contains(caseId));
    }

    static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.card().id()).toList();
    }

    static SearchQuery query(String text, Map<String, List<String>> params) {
        java.util.HashMap<String, List<String>> all = new java.util.HashMap<>(params);
        all.put("q", List.of(text));
        return SearchQuery.parse(all);
    }
}
