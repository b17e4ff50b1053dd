package org.hros.member;

import java.util.Map;

/**
 * Trust levels: what a member earned (computed from {@link org.hros.shared.TrustEvidence} and their days visited,
 * against thresholds in {@code hros.trust.*}), or what an editor or admin set by hand. Editors and admins are always
 * treated as {@link TrustLevel#REGULAR} for limits and flag weights.
 */
public interface MemberTrust {

    /** The member's level as it applies to limits and weights (a staff member counts as regular). */
    TrustLevel level(long memberId);

    /** The member's level and what lifts it, for their own settings page and the admins' member page. */
    TrustStanding standing(long memberId);

    /** How much a flag from a member of this level weighs ({@code hros.trust.flag-weight.*}). */
    int flagWeight(TrustLevel level);

    /** Every level's flag weight, for the queue's explanation. */
    Map<TrustLevel, Integer> flagWeights();

    /**
     * Computes the member's earned level now (a level set by hand stays). Publishes {@link TrustLevelChanged} when
     * it changes.
     */
    TrustLevel recompute(long memberId);

    /** {@link #recompute} for every member; returns how many changed. */
    int recomputeAll();

    /**
     * Sets a member's level by hand; the computation no longer changes it. The caller audits it with the reason.
     *
     * @throws org.hros.shared.FieldErrorsException when the reason is missing or too long
     * @throws org.hros.shared.NotFoundException when there is no such member
     */
    void setByHand(long actorId, long memberId, TrustLevel level, String reason);
}
