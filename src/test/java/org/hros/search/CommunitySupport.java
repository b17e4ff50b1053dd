package org.hros.search;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Waits for requests and replies to reach the index, which is written in the background after each commit. */
final class CommunitySupport {

    private CommunitySupport() {}

    static CommunityResults until(
            CommunitySearch search, SearchKind kind, String text, Predicate<CommunityResults> condition) {
        return until(search, SearchQuery.of(text), kind, condition);
    }

    static CommunityResults until(
            CommunitySearch search, SearchQuery query, SearchKind kind, Predicate<CommunityResults> condition) {
        CommunityResults[] last = new CommunityResults[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .ignoreException(SearchUnavailableException.class)
                .until(() -> {
                    last[0] = search.search(kind, query);
                    return condition.test(last[0]);
                });
        return last[0];
    }

    /** Waits until the index itself holds {@code total} documents of the kind for the words. */
    static void indexed(CommunitySearch search, SearchKind kind, String text, long total) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .ignoreException(SearchUnavailableException.class)
                .until(() -> search.count(kind, SearchQuery.of(text)) == total);
    }

    static List<Long> requestIds(CommunityResults results) {
        return results.requests().stream().map(h -> h.request().id()).toList();
    }

    static List<Long> replyIds(CommunityResults results) {
        return results.replies().stream().map(h -> h.reply().id()).toList();
    }
}
