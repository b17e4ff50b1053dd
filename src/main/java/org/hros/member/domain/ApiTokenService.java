package org.hros.member.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hros.platform.ApiScope;
import org.hros.platform.ApiTokenAuthenticator;
import org.hros.shared.NotFoundException;
import org.hros.shared.Secrets;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: a member creates, lists and revokes their own; the API authenticates with them. */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    static final String PREFIX = "hros_";
    static final int MAX_ACTIVE = 20;

    private final ApiTokenRepository tokens;
    private final MemberRepository members;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, MemberRepository members, Clock clock) {
        this.tokens = tokens;
        this.members = members;
        this.clock = clock;
    }

    /** Creates a token that reads and writes and returns its secret, which is never shown again. */
    @Transactional
    public String create(long memberId, String name) {
        return create(memberId, name, EnumSet.allOf(ApiScope.class));
    }

    /**
     * Creates a token with these scopes and returns its secret, which is never shown again. Writing includes reading;
     * no scope at all is refused, naming the field {@code scopes}.
     */
    @Transactional
    public String create(long memberId, String name, Set<ApiScope> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new org.hros.shared.FieldErrorsException(
                    List.of(new org.hros.shared.FieldErrorsException.FieldError("scopes", "token.scopes.required")));
        }
        Set<ApiScope> granted = EnumSet.copyOf(scopes);
        if (granted.contains(ApiScope.WRITE)) {
            granted.add(ApiScope.READ);
        }
        if (tokens.findByMemberIdAndRevokedAtIsNullOrderByCreatedAtDesc(memberId)
                        .size()
                >= MAX_ACTIVE) {
            throw new org.hros.shared.FieldErrorsException(
                    List.of(new org.hros.shared.FieldErrorsException.FieldError("name", "token.tooMany")));
        }
        String secret = PREFIX + Secrets.newSecret();
        tokens.save(new ApiToken(
                memberId, name.strip(), Secrets.sha256(secret), secret.substring(0, 12), granted, clock.instant()));
        return secret;
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list(long memberId) {
        return tokens.findByMemberIdAndRevokedAtIsNullOrderByCreatedAtDesc(memberId).stream()
                .map(ApiToken::view)
                .toList();
    }

    @Transactional
    public void revoke(long memberId, long tokenId) {
        tokens.findById(tokenId)
                .filter(t -> t.memberId() == memberId)
                .orElseThrow(() -> new NotFoundException("No such token"))
                .revoke(clock.instant());
    }

    @Override
    @Transactional
    public Optional<Grant> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.sha256(secret))
                .filter(ApiToken::active)
                .flatMap(token -> {
                    token.used(clock.instant());
                    return members.findById(token.memberId())
                            .map(m -> (UserDetails) m.principal(clock.instant()))
                            .filter(UserDetails::isEnabled)
                            .filter(UserDetails::isAccountNonLocked)
                            .map(member -> new Grant(member, token.scopes()));
                });
    }
}
