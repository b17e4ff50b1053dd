package org.hros.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hros.member.InvitationStatus;

/** An invitation to join, sent by an admin or editor. Only the hash of its link's secret is kept. */
@Entity
class Invitation {

    static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String tokenHash;
    private long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Long usedBy;
    private Instant revokedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected Invitation() {}

    Invitation(String email, long invitedBy, Instant now) {
        this.email = email;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    long invitedBy() {
        return invitedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant usedAt() {
        return usedAt;
    }

    InvitationStatus status(Instant now) {
        if (usedAt != null) {
            return InvitationStatus.USED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    /** Sets the link's secret (as its hash) when the mail is sent; a new mail makes the earlier link useless. */
    void linkWith(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    void use(long memberId, Instant now) {
        this.usedAt = now;
        this.usedBy = memberId;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }
}
