package org.hros.member.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.hros.member.domain.ProviderAccounts;
import org.hros.member.domain.ProviderIdentity;
import org.hros.member.domain.ProviderLogInOutcome;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns the provider's validated ID token (and its user-info answer, when it has one) into an HROS member: by the
 * link of an earlier log-in, or by the address the provider verified; or, when a logged-in member asked to link
 * an account at this provider ({@link ProviderLinking}), to that member.
 */
class MemberOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ProviderAccounts accounts;
    private final Set<String> addressesVerifiedBy;
    private final Clock clock;

    /**
     * @param addressesVerifiedBy registrations whose addresses the operator vouches for when the token does not say
     *     ({@code hros.auth.addresses-verified-by}): a company directory that hands out only its own addresses, such
     *     as Entra ID, which sends no {@code email_verified} claim
     */
    MemberOidcUserService(ProviderAccounts accounts, Set<String> addressesVerifiedBy, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.addressesVerifiedBy = Set.copyOf(addressesVerifiedBy);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = provider.loadUser(request);
        ClientRegistration registration = request.getClientRegistration();
        OidcIdToken token = user.getIdToken();
        ProviderIdentity identity = new ProviderIdentity(
                registration.getRegistrationId(),
                registration.getClientName() == null
                                || registration.getClientName().isBlank()
                        ? registration.getRegistrationId()
                        : registration.getClientName(),
                token.getIssuer().toString(),
                token.getSubject(),
                // The token says it first; a provider that puts it in the user-info answer only is heard too.
                user.getEmail(),
                // An explicit "not verified" is never overridden.
                user.getEmailVerified() == null && addressesVerifiedBy.contains(registration.getRegistrationId())
                        ? Boolean.TRUE
                        : user.getEmailVerified(),
                user.getFullName());
        HttpServletRequest http = currentRequest();
        Optional<Long> linking = http == null
                ? Optional.empty()
                : ProviderLinking.take(http, registration.getRegistrationId(), clock.instant());
        ProviderLogInOutcome outcome =
                linking.map(memberId -> accounts.linkTo(memberId, identity)).orElseGet(() -> accounts.logIn(identity));
        if (outcome instanceof ProviderLogInOutcome.SignedIn signedIn) {
            if (linking.isPresent()) {
                http.setAttribute(ProviderLinking.LINKED, identity.providerName());
            }
            return new MemberOidcUser(user, signedIn.principal());
        }
        if (outcome instanceof ProviderLogInOutcome.Suspended suspended) {
            throw ProviderLogInRefused.suspended(suspended.email());
        }
        if (outcome instanceof ProviderLogInOutcome.LinkedElsewhere) {
            throw ProviderLogInRefused.linkedElsewhere();
        }
        throw ProviderLogInRefused.addressNotVerified();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
