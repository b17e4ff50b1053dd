package org.hros.member.web;

/**
 * A configured OpenID Connect provider, as the log-in page offers it.
 *
 * @param registration the operator's name for it in the configuration, part of its log-in address
 * @param name the name people know it by ({@code client-name}, else the registration)
 */
public record ProviderButtonView(String registration, String name) {

    public String href() {
        return "/oauth2/authorization/" + registration;
    }
}
