package org.hros.member;

/**
 * Someone joined through an invitation. Published inside the sign-up's transaction; the inviter is told.
 *
 * @param inviterId the admin or editor who sent the invitation
 * @param memberId the new member
 * @param memberName the new member's display name
 */
public record InvitationAccepted(long invitationId, long inviterId, long memberId, String memberName) {}
