package org.hros.request;

import java.time.Instant;
import java.util.List;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * A request as anyone may read it, e.g. for the search index. Never its poster.
 *
 * @param path the address of its page, e.g. {@code /requests/7/onboarding-remote-hires}
 * @param descriptionHtml sanitised HTML of the description
 * @param closeReason set only when {@code status} is {@link RequestStatus#CLOSED}
 * @param votes its "me too" votes
 * @param caseIds the cases linked to it as answers (published or still drafts)
 */
public record PublicRequest(
        long id,
        String title,
        String path,
        String descriptionHtml,
        List<Topic> topics,
        List<Skill> skills,
        SizeBand sizeBand,
        Industry industry,
        RequestStatus status,
        CloseReason closeReason,
        long votes,
        Instant createdAt,
        List<Long> caseIds) {

    public PublicRequest {
        topics = topics == null ? List.of() : List.copyOf(topics);
        skills = skills == null ? List.of() : List.copyOf(skills);
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    /** A request closed as a duplicate lives on only as a pointer to the one it was merged into. */
    public boolean merged() {
        return closeReason == CloseReason.DUPLICATE;
    }
}
