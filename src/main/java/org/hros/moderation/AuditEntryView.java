package org.hros.moderation;

import java.time.Instant;

/**
 * One entry of the audit log, as admins read it.
 *
 * @param caseId the case concerned, or {@code null}
 * @param memberId the member concerned (a role changed, a suspension), or {@code null}
 * @param memberName that member's display name, or empty
 */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        long actorId,
        String actorName,
        AuditAction action,
        Long caseId,
        Long memberId,
        String memberName,
        String note) {}
