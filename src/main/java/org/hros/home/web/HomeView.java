package org.hros.home.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCard;
import org.hros.request.PublicRequest;
import org.hros.shared.Topic;

/**
 * The home page's shelves. The first four are for a signed-in member only and empty otherwise.
 *
 * @param casesForYou recent cases on the member's topics
 * @param requestsForYou requests on the member's topics still waiting for an answer
 * @param since when the member's previous visit began; {@code null} for visitors and on a first visit
 * @param chooseTopics whether to invite a signed-in member who chose no topics to choose some
 */
public record HomeView(
        List<CaseCard> casesForYou,
        List<PublicRequest> requestsForYou,
        Instant since,
        List<CaseCard> newCases,
        List<PublicRequest> newRequests,
        boolean chooseTopics,
        List<CaseCard> latest,
        List<CaseCard> failures,
        List<CaseCard> sparks,
        Map<Topic, Long> topics,
        long total) {

    public boolean personal() {
        return !casesForYou.isEmpty() || !requestsForYou.isEmpty();
    }

    public boolean anythingNew() {
        return since != null && (!newCases.isEmpty() || !newRequests.isEmpty());
    }
}
