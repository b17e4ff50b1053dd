package org.hros.member;

import java.time.Instant;
import org.hros.shared.PublicPagesChanged;

/**
 * An admin changed a member's role or standing. Published inside the transaction that made the change, so that
 * the audit entry is written with it; the member is told by mail after commit.
 *
 * @param memberId the member concerned
 * @param actorId the admin (or, for approvals, the editor) who acted
 * @param change what was done
 * @param role the role the member has now
 * @param reason the reason the admin gave, shown to the member; {@code null} for role changes
 * @param until when a suspension or silence ends; {@code null} for indefinitely or not applicable
 */
public record MemberStandingChanged(
        long memberId, long actorId, Change change, MemberRole role, String reason, Instant until)
        implements PublicPagesChanged {

    /** What an admin did to a member. */
    public enum Change {
        ROLE_GRANTED,
        ROLE_REVOKED,
        SUSPENDED,
        SILENCED,
        REINSTATED,
        /** An admin or editor let a waiting account in. */
        APPROVED,
        /** An admin or editor turned a waiting account away. */
        DECLINED
    }
}
