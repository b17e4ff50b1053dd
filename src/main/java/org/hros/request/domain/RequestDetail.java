package org.hros.request.domain;

import java.time.Instant;
import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.member.MemberCard;
import org.hros.request.CloseReason;
import org.hros.request.RequestStatus;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * A request's page as one viewer sees it: {@code offers} holds every offer for an editor, the viewer's own for a
 * member, and nothing for anyone else. {@code hidden}: hidden pending review, which only its poster is shown.
 */
public record RequestDetail(
        long id,
        String slug,
        String title,
        String descriptionHtml,
        RequestStatus status,
        CloseReason closeReason,
        Long mergedIntoId,
        List<Topic> topics,
        List<Skill> skills,
        SizeBand sizeBand,
        Industry industry,
        Instant createdAt,
        MemberCard poster,
        long votes,
        long followers,
        List<StatusChangeView> history,
        List<CaseCard> cases,
        boolean voted,
        boolean following,
        List<OfferView> offers,
        boolean hidden) {

    public String path() {
        return RequestPaths.of(id, slug);
    }

    public boolean closed() {
        return status == RequestStatus.CLOSED;
    }

    /** The offer the viewer made, if any (members see only their own). */
    public OfferView offerBy(long memberId) {
        return offers.stream()
                .filter(o -> o.member() != null && o.member().id() == memberId)
                .findFirst()
                .orElse(null);
    }
}
