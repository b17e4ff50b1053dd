package org.hros.team.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A private link e-mailed to one address: used once, until it expires or a lead revokes it. Only its hash is kept. */
@Entity
@Table(name = "team_invitation")
class TeamInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long teamId;
    private String email;
    private String tokenHash;
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected TeamInvitation() {}

    TeamInvitation(long teamId, String email, long invitedBy, Instant now, Instant expiresAt) {
        this.teamId = teamId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long id() {
        return id;
    }

    long teamId() {
        return teamId;
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

    boolean open(Instant now) {
        return revokedAt == null && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
