package org.hros.platform;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;

/** Resolves a personal access token presented as {@code Authorization: Bearer …} to the member it acts for. */
public interface ApiTokenAuthenticator {

    Optional<Grant> authenticate(String token);

    /** The member a token acts for, and what the token lets them do. */
    record Grant(UserDetails member, Set<ApiScope> scopes) {

        public Grant {
            scopes = Set.copyOf(scopes);
        }

        public boolean allows(ApiScope scope) {
            return scopes.contains(scope);
        }
    }
}
