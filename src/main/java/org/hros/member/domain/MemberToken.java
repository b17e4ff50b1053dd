package org.hros.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A one-use link sent by e-mail. Only the hash of its secret is kept. */
@Entity
class MemberToken {

    enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected MemberToken() {}

    MemberToken(long memberId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long memberId() {
        return memberId;
    }

    boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
