package org.hros.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Log-in through an outside identity provider (OpenID Connect), added to the application's security filter chain
 * by the module that knows members. There is no such bean when no provider is configured, and then the chain is
 * exactly the password log-in's.
 */
public interface ProviderLogIn {

    /**
     * Adds the provider log-in to the chain.
     *
     * @param landing where a member goes once signed in, as after a password log-in: a kept form first, then the
     *     page that asked them to log in, then a first page such as the welcome
     */
    void configure(HttpSecurity http, AuthenticationSuccessHandler landing) throws Exception;
}
