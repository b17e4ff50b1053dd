package org.hros.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A personal access token for the API. The secret is shown once; only its hash and prefix are kept. */
@Entity
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long memberId, String name, String tokenHash, String tokenPrefix, Instant now) {
        this.memberId = memberId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long memberId() {
        return memberId;
    }

    boolean active() {
        return revokedAt == null;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, tokenPrefix, createdAt, lastUsedAt);
    }
}
