package org.hros.moderation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hros.moderation.FlagReason;
import org.hros.shared.SubjectType;

/** One member's flag on one item, with its weight; open until an editor decides on the item. */
@Entity
class Flag {

    /** What an editor decided, recorded on every flag it closed. */
    enum Outcome {
        KEPT,
        HIDDEN,
        RESTORED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;

    private long subjectId;
    private long memberId;

    @Enumerated(EnumType.STRING)
    private FlagReason reason;

    private String note;
    private int weight = 1;
    private Instant createdAt;
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected Flag() {}

    Flag(SubjectType type, long subjectId, long memberId, FlagReason reason, String note, int weight, Instant now) {
        this.subjectType = type;
        this.weight = weight;
        this.subjectId = subjectId;
        this.memberId = memberId;
        this.reason = reason;
        this.note = note;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long memberId() {
        return memberId;
    }

    /** What the flag weighs: its member's trust level's weight when they cast it. */
    int weight() {
        return weight;
    }

    FlagReason reason() {
        return reason;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }

    void resolve(Outcome outcome, Instant now) {
        this.outcome = outcome;
        this.resolvedAt = now;
    }
}
