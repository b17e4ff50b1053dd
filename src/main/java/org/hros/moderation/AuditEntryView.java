package org.hros.moderation;

import java.time.Instant;

/** One entry of the audit log, as admins read it. */
public record AuditEntryView(
        long id, Instant occurredAt, long actorId, String actorName, AuditAction action, Long caseId, String note) {}
