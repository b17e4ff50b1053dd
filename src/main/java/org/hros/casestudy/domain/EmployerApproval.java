package org.hros.casestudy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hros.casestudy.CaseStatus;

/**
 * The private link sent to the approver the author named at their employer, for one review round. Only the
 * hash of its secret is kept; it works until it expires, for one decision.
 */
@Entity
@Table(name = "case_approval")
class EmployerApproval {

    enum Decision {
        APPROVED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private int round;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String comment;

    protected EmployerApproval() {}

    EmployerApproval(long caseId, int round, String tokenHash, Instant now, Instant expiresAt) {
        this.caseId = caseId;
        this.round = round;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still opens {@code c}: not expired, not used, and the case still waits for it. */
    boolean usableFor(CaseStudy c, Instant now) {
        return decidedAt == null
                && now.isBefore(expiresAt)
                && c.id() == caseId
                && c.reviewRound() == round
                && c.status() == CaseStatus.AWAITING_APPROVAL;
    }

    void decide(Decision decision, String comment, Instant now) {
        this.decision = decision;
        this.comment = comment;
        this.decidedAt = now;
    }

    long caseId() {
        return caseId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
