package org.hros.request.domain;

import java.time.Instant;
import org.hros.member.MemberCard;
import org.hros.request.OfferKind;

/** An offer of experience, for editors and the member who made it only. */
public record OfferView(
        long id,
        long requestId,
        String requestTitle,
        String requestPath,
        MemberCard member,
        OfferKind kind,
        String note,
        Instant createdAt,
        Instant invitedAt,
        Instant acceptedAt,
        Long caseId) {

    public boolean invited() {
        return invitedAt != null;
    }

    /** Accepted, with the draft still there: a discarded draft leaves the invitation open to accept again. */
    public boolean accepted() {
        return acceptedAt != null && caseId != null;
    }
}
