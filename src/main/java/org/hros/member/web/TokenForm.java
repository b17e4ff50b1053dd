package org.hros.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hros.platform.ApiScope;

/**
 * Naming a new personal access token and choosing what it may do.
 *
 * @param scopes the names of the chosen {@link ApiScope}s, e.g. {@code READ}
 */
public record TokenForm(
        @NotBlank(message = "{token.name.required}") @Size(max = 60, message = "{token.name.tooLong}")
        String name,

        List<String> scopes) {

    public TokenForm {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** A fresh form: reading only, the least a script needs. */
    static TokenForm blank() {
        return new TokenForm("", List.of(ApiScope.READ.name()));
    }

    public boolean chose(ApiScope scope) {
        return scopes.contains(scope.name());
    }

    /** The chosen scopes; empty when a value is not a scope at all. */
    Optional<Set<ApiScope>> chosenScopes() {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        for (String value : scopes) {
            try {
                chosen.add(ApiScope.valueOf(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(chosen);
    }
}
