package org.hros.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.hros.member.domain.ProviderAccounts;
import org.hros.platform.HrosProperties;
import org.hros.platform.ProviderLogIn;
import org.hros.platform.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Log-in with OpenID Connect, present only when the operator configured at least one provider
 * ({@code spring.security.oauth2.client.registration.*}). The provider proves who the person is; HROS then signs
 * in the member exactly as after a password log-in (new session id, new CSRF token, the same landing), and keeps
 * none of the provider's tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
class ProviderLogInConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProviderLogInConfiguration.class);

    @Bean
    ProviderLogIn openIdConnectLogIn(
            ProviderAccounts accounts, LinkSignIn signIn, Clock clock, HrosProperties hrosProperties) {
        MemberOidcUserService members =
                new MemberOidcUserService(accounts, hrosProperties.auth().addressesVerifiedBy(), clock);
        RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
        // The JDK's HTTP client, not whichever client Spring finds first: the Jetty 11 client the HTML checker
        // brings is not the Jetty 12 client Spring's adapter expects.
        tokens.setRestClient(RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return (http, landing) -> http.oauth2Login(o -> o.loginPage("/login")
                .authorizedClientRepository(new NothingKept())
                .tokenEndpoint(t -> t.accessTokenResponseClient(tokens))
                .userInfoEndpoint(u -> u.oidcUserService(members)
                        // Plain OAuth 2.0 proves no identity HROS can trust (no ID token, no verified address).
                        .userService(request -> {
                            throw new OAuth2AuthenticationException(new OAuth2Error("hros_not_openid_connect"));
                        }))
                .successHandler((request, response, authentication) -> {
                    MemberOidcUser user = (MemberOidcUser) authentication.getPrincipal();
                    Authentication member = signIn.signIn(user.member(), request, response);
                    if (request.getAttribute(ProviderLinking.LINKED) != null) {
                        // A member who linked an account goes back to where they asked for it, and hears it worked.
                        signInSettings(request, response, "flash", "signIn.linked");
                        return;
                    }
                    landing.onAuthenticationSuccess(request, response, member);
                })
                .failureHandler(ProviderLogInConfiguration::refused));
    }

    /**
     * A suspended member is shown why, as after a right password: the address goes into the session for the log-in
     * page. Nothing the provider sent is logged, only what went wrong.
     */
    static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ProviderLogInRefused refused && refused.suspendedEmail() != null) {
            request.getSession().setAttribute(Sessions.SUSPENDED_LOGIN, refused.suspendedEmail());
            response.sendRedirect("/login?suspended");
        } else if (e instanceof ProviderLogInRefused refused
                && ProviderLogInRefused.LINKED_ELSEWHERE.equals(
                        refused.getError().getErrorCode())) {
            signInSettings(request, response, "problem", "signIn.linkedElsewhere");
        } else if (e instanceof ProviderLogInRefused) {
            response.sendRedirect("/login?provider-unverified");
        } else {
            String code = e instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "";
            log.info("A log-in through an OpenID Connect provider failed: {}", code);
            response.sendRedirect("/login?provider-failed");
        }
    }

    /** Back to the member's log-in settings, with a message there (a flash or a problem, by its key). */
    private static void signInSettings(
            HttpServletRequest request, HttpServletResponse response, String kind, String messageKey)
            throws IOException {
        FlashMap flash = new FlashMap();
        flash.put(kind, messageKey);
        flash.setTargetRequestPath("/profile/sign-in");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect("/profile/sign-in");
    }

    /** HROS asks the provider who someone is, nothing more: it keeps none of the provider's tokens. */
    static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
