package org.hros.member;

import java.time.Instant;

/**
 * An invitation as admins and editors see it in the list: never its link, which only the mail carries.
 *
 * @param inviterName who sent it
 * @param usedAt when someone joined with it, or {@code null}
 */
public record InvitationView(
        long id,
        String email,
        String inviterName,
        Instant sentAt,
        Instant expiresAt,
        Instant usedAt,
        InvitationStatus status) {

    public boolean pending() {
        return status == InvitationStatus.PENDING;
    }
}
