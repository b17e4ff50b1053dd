package org.hros.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.platform.ApiScope;

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

    /** The scopes' names, comma-separated in their order, e.g. {@code READ,WRITE}. */
    private String scopes;

    protected ApiToken() {}

    ApiToken(long memberId, String name, String tokenHash, String tokenPrefix, Set<ApiScope> scopes, Instant now) {
        this.memberId = memberId;
        this.scopes = EnumSet.copyOf(scopes).stream().map(ApiScope::name).collect(Collectors.joining(","));
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

    Set<ApiScope> scopes() {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(","))
                .filter(s -> !s.isBlank())
                .map(ApiScope::valueOf)
                .forEach(set::add);
        return set;
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
        return new ApiTokenView(id, name, tokenPrefix, createdAt, lastUsedAt, List.copyOf(EnumSet.copyOf(scopes())));
    }
}
