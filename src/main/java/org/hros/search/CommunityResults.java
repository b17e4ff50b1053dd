package org.hros.search;

import java.util.List;
import org.hros.discussion.PublicReply;
import org.hros.request.PublicRequest;
import org.hros.search.SearchResults.FacetCounts;

/**
 * One page of matching requests or discussion replies. Each hit is read live from its module, so a removed reply
 * or a request merged away is left out at once, even before the index has caught up.
 *
 * @param kind {@link SearchKind#REQUESTS} or {@link SearchKind#DISCUSSION}
 * @param requests the matching requests when searching requests, else empty
 * @param replies the matching replies when searching the discussion, else empty
 * @param total how many match
 * @param facets topic and skill with their counts for requests; none for replies
 */
public record CommunityResults(
        SearchQuery query,
        SearchKind kind,
        List<RequestHit> requests,
        List<ReplyHit> replies,
        long total,
        List<FacetCounts> facets) {

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

    public boolean empty() {
        return requests.isEmpty() && replies.isEmpty();
    }

    /**
     * A matching request; never who posted it.
     *
     * @param snippetHtml escaped text of its description with the matching words in {@code <mark>}
     */
    public record RequestHit(PublicRequest request, String snippetHtml) {}

    /**
     * A matching reply; never who wrote it.
     *
     * @param snippetHtml escaped text of its body with the matching words in {@code <mark>}
     */
    public record ReplyHit(PublicReply reply, String snippetHtml) {}
}
