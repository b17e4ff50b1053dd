package org.hros.member;

/** Where an invitation to join stands. */
public enum InvitationStatus {
    /** Sent, not yet used, not expired. */
    PENDING,
    /** Someone joined with it; it cannot be used again. */
    USED,
    /** Its fourteen days passed unused. */
    EXPIRED,
    /** An admin or editor withdrew it. */
    REVOKED;

    public String messageKey() {
        return "invitation.status." + name();
    }
}
