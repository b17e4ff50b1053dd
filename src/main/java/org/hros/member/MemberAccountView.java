package org.hros.member;

import java.time.Instant;

/**
 * A member as admins see them in the directory and on the member's page: with their address and standing. Never
 * shown to anyone but admins.
 *
 * @param suspendedUntil when a suspension ends; {@code null} while suspended means until reinstated
 * @param silencedUntil when a silence ends; {@code null} while silenced means until reinstated
 */
public record MemberAccountView(
        long id,
        String handle,
        String displayName,
        String email,
        MemberRole role,
        MemberState state,
        Instant joinedAt,
        boolean suspended,
        Instant suspendedUntil,
        String suspensionReason,
        boolean silenced,
        Instant silencedUntil,
        String silenceReason) {

    public String adminPath() {
        return "/admin/members/" + id;
    }
}
