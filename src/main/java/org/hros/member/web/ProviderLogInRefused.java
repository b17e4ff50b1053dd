package org.hros.member.web;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A provider's user HROS will not sign in: the address is not verified, the member is suspended, or the account a
 * member wanted to link is another member's.
 */
final class ProviderLogInRefused extends OAuth2AuthenticationException {

    static final String ADDRESS_NOT_VERIFIED = "hros_address_not_verified";
    static final String SUSPENDED = "hros_suspended";
    static final String LINKED_ELSEWHERE = "hros_linked_elsewhere";

    /** The suspended member's address, so the log-in page can show them why; never logged. */
    private final transient String suspendedEmail;

    private ProviderLogInRefused(String code, String suspendedEmail) {
        super(new OAuth2Error(code));
        this.suspendedEmail = suspendedEmail;
    }

    static ProviderLogInRefused addressNotVerified() {
        return new ProviderLogInRefused(ADDRESS_NOT_VERIFIED, null);
    }

    static ProviderLogInRefused linkedElsewhere() {
        return new ProviderLogInRefused(LINKED_ELSEWHERE, null);
    }

    static ProviderLogInRefused suspended(String email) {
        return new ProviderLogInRefused(SUSPENDED, email);
    }

    String suspendedEmail() {
        return suspendedEmail;
    }
}
