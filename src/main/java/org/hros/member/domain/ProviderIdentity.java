package org.hros.member.domain;

/**
 * Who a provider says logged in, read from its ID token.
 *
 * @param registration the operator's name for the provider ({@code spring.security.oauth2.client.registration.<name>})
 * @param providerName the name people know it by, for the audit log
 * @param issuer the provider's issuer identifier
 * @param subject the provider's stable identifier of the person
 * @param email the address the provider has for them; may be {@code null}
 * @param emailVerified whether the provider says it verified that address ({@code email_verified}); {@code null}
 *     when the token does not say
 * @param name the person's name, if the provider gives one
 */
public record ProviderIdentity(
        String registration,
        String providerName,
        String issuer,
        String subject,
        String email,
        Boolean emailVerified,
        String name) {

    boolean hasVerifiedEmail() {
        return Boolean.TRUE.equals(emailVerified) && email != null && !email.isBlank();
    }
}
