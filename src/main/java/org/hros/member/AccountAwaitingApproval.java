package org.hros.member;

/**
 * Someone signed up while sign-up needs approval: their account waits for an editor or admin. Published inside the
 * sign-up's transaction; editors are told after commit.
 *
 * @param displayName the name they chose, for the notice (never their address)
 */
public record AccountAwaitingApproval(long memberId, String displayName) {}
