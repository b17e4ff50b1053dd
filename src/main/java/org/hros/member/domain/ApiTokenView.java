package org.hros.member.domain;

import java.time.Instant;
import java.util.List;
import org.hros.platform.ApiScope;

/** A token as its owner sees it in their list: never the secret. */
public record ApiTokenView(
        long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, List<ApiScope> scopes) {

    public boolean mayWrite() {
        return scopes.contains(ApiScope.WRITE);
    }
}
