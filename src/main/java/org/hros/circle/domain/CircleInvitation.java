package org.hros.circle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A way into a circle: a private e-mailed link for one person, used once, or a shareable link that many may use
 * until it expires or a facilitator revokes it. Only the secret's hash is kept.
 */
@Entity
@Table(name = "circle_invitation")
class CircleInvitation {

    enum Kind {
        EMAIL,
        LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long circleId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String email;
    private String tokenHash;
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected CircleInvitation() {}

    CircleInvitation(
            long circleId, Kind kind, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
        this.circleId = circleId;
        this.kind = kind;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long id() {
        return id;
    }

    long circleId() {
        return circleId;
    }

    Kind kind() {
        return kind;
    }

    String email() {
        return email;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    void issue(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    /** Whether the link still lets someone in at {@code now}. */
    boolean valid(Instant now) {
        return tokenHash != null && revokedAt == null && usedAt == null && now.isBefore(expiresAt);
    }

    /** An e-mailed invitation works once; a shareable link until it expires or is revoked. */
    void used(Instant now) {
        if (kind == Kind.EMAIL) {
            usedAt = now;
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
