package org.hros.moderation.domain;

import java.util.Locale;
import org.hros.member.MemberTrust;
import org.hros.member.TrustLevel;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors and admins set a member's trust level by hand; the level and its record are committed together. */
@Service
public class TrustAdministration {

    private final MemberTrust trust;
    private final AuditLog audit;

    TrustAdministration(MemberTrust trust, AuditLog audit) {
        this.trust = trust;
        this.audit = audit;
    }

    /**
     * @throws org.hros.shared.FieldErrorsException when the level or the reason is missing, or the reason too long
     * @throws org.hros.shared.NotFoundException when there is no such member
     */
    @Transactional
    public void setLevel(long actorId, long memberId, TrustLevel level, String reason) {
        trust.setByHand(actorId, memberId, level, reason);
        audit.recordAboutMember(
                actorId,
                AuditAction.SET_TRUST_LEVEL,
                memberId,
                level.name().toLowerCase(Locale.ROOT) + ": " + reason.strip());
    }
}
