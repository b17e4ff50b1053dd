package org.hros.moderation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hros.moderation.AuditAction;

/** A sensitive act; never changed or deleted. */
@Entity
class AuditEntry {

    static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private long actorId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private Long caseId;
    private Long memberId;
    private String note;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, long actorId, AuditAction action, Long caseId, String note) {
        this(occurredAt, actorId, action, caseId, null, note);
    }

    AuditEntry(Instant occurredAt, long actorId, AuditAction action, Long caseId, Long memberId, String note) {
        this.memberId = memberId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.caseId = caseId;
        this.note = note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    long actorId() {
        return actorId;
    }

    AuditAction action() {
        return action;
    }

    Long caseId() {
        return caseId;
    }

    Long memberId() {
        return memberId;
    }

    String note() {
        return note;
    }
}
