package org.hros.member;

/**
 * An admin or editor sent or revoked an invitation. Published inside the transaction that made the change, so that
 * its audit entry is written with it.
 *
 * @param actorId who sent or revoked it
 * @param email the address invited
 */
public record InvitationChanged(long invitationId, long actorId, Change change, String email) {

    public enum Change {
        SENT,
        REVOKED
    }
}
