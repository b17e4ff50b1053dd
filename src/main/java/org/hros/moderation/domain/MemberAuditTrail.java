package org.hros.moderation.domain;

import java.time.format.DateTimeFormatter;
import org.hros.member.InvitationAccepted;
import org.hros.member.InvitationChanged;
import org.hros.member.MemberLoggedInWithProvider;
import org.hros.member.MemberStandingChanged;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what admins do to members, and the invitations admins and editors send, into the audit log, in the same transaction as the change: a role granted
 * without its entry cannot be committed.
 */
@Component
class MemberAuditTrail {

    private final AuditLog audit;

    MemberAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(MemberStandingChanged event) {
        AuditAction action = switch (event.change()) {
            case ROLE_GRANTED -> AuditAction.GRANTED_ROLE;
            case ROLE_REVOKED -> AuditAction.REVOKED_ROLE;
            case SUSPENDED -> AuditAction.SUSPENDED;
            case SILENCED -> AuditAction.SILENCED;
            case REINSTATED -> AuditAction.REINSTATED;
            case APPROVED -> AuditAction.APPROVED_MEMBER;
            case DECLINED -> AuditAction.DECLINED_MEMBER;
        };
        audit.recordAboutMember(event.actorId(), action, event.memberId(), note(event));
    }

    /**
     * A log-in through a provider, as the member's own act; the note names the provider, and whether the log-in
     * created the account or linked it, never the address.
     */
    @EventListener
    void on(MemberLoggedInWithProvider event) {
        String note = event.provider() + (event.joined() ? " (joined)" : event.linked() ? " (linked)" : "");
        audit.recordAboutMember(event.memberId(), AuditAction.LOGGED_IN_WITH_PROVIDER, event.memberId(), note);
    }

    @EventListener
    void on(InvitationChanged event) {
        AuditAction action = switch (event.change()) {
            case SENT -> AuditAction.SENT_INVITATION;
            case REVOKED -> AuditAction.REVOKED_INVITATION;
        };
        audit.record(event.actorId(), action, null, "invitation " + event.invitationId() + " to " + event.email());
    }

    /** The new member is the actor: they used the link; the note names the invitation and who sent it. */
    @EventListener
    void on(InvitationAccepted event) {
        audit.recordAboutMember(
                event.memberId(),
                AuditAction.JOINED_BY_INVITATION,
                event.memberId(),
                "invitation " + event.invitationId() + " from member " + event.inviterId());
    }

    private static String note(MemberStandingChanged event) {
        return switch (event.change()) {
            case ROLE_GRANTED, ROLE_REVOKED -> event.role().name().toLowerCase(java.util.Locale.ROOT);
            case SUSPENDED, SILENCED ->
                (event.until() == null
                                ? "indefinitely"
                                : "until " + DateTimeFormatter.ISO_INSTANT.format(event.until()))
                        + ": " + event.reason();
            case REINSTATED, APPROVED, DECLINED -> null;
        };
    }
}
