package org.hros.member;

/**
 * A member's trust level changed, earned or set by hand; published in the transaction that changed it.
 *
 * @param reason the editor's or admin's reason when set by hand, else {@code null}
 */
public record TrustLevelChanged(long memberId, TrustLevel before, TrustLevel after, boolean byHand, String reason) {}
