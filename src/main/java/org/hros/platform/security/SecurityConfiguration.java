package org.hros.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hros.platform.ApiTokenAuthenticator;
import org.hros.platform.HrosProperties;
import org.hros.platform.LinkSigner;
import org.hros.platform.LogInLanding;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.ProviderLogIn;
import org.hros.platform.RateLimits;
import org.hros.platform.Sessions;
import org.hros.platform.SignedInMember;
import org.hros.platform.UrlRule;
import org.hros.platform.pagecache.PageCache;
import org.hros.platform.pagecache.PageCacheFilter;
import org.hros.platform.pagecache.ServedFromCache;
import org.hros.platform.web.KeptForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, and the protections every response carries: CSRF on every form, a strict
 * Content-Security-Policy (no inline script or style anywhere), no framing, no MIME sniffing, and rate limits
 * on the endpoints that invite abuse. The API accepts the session or a personal access token and answers
 * errors as {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = org.hros.platform.web.ContentSecurityPolicy.SITE;

    /** Swagger UI styles elements inline; it gets its own, otherwise equally strict, policy. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * A request without a session or remember-me cookie carries no ambient credentials, so it cannot be
     * forged across sites: API clients without a session need no CSRF token (and get 401, not 403).
     */
    static boolean carriesCredentials(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if ("JSESSIONID".equals(cookie.getName()) || "remember-me".equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    static void denyFramingUnlessSet(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    /**
     * Browser features HROS never uses, switched off so that injected or embedded content cannot ask for them
     * either.
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    RotatingRememberMeServices rememberMeServices(
            UserDetailsService members,
            PersistentTokenRepository rememberMeTokens,
            SessionRevocations revocations,
            LinkSigner signer,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        // The key marks remember-me authentications as this installation's. It is derived from the platform's
        // secret, which every node shares (hros.secret or the stored one), so that a remember-me log-in made by one
        // node and kept in the shared session is the same on every other node.
        RotatingRememberMeServices services = new RotatingRememberMeServices(
                signer.sign("remember-me-key", "hros"),
                members,
                rememberMeTokens,
                jdbc,
                new TransactionTemplate(transactions),
                revocations,
                clock);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds(60 * 60 * 24 * 30);
        return services;
    }

    /**
     * Checks a log-in in the order that tells nobody more than they know: an unverified address is said before the
     * password (as always), a suspension only after the password was right, so that only the member learns it.
     */
    @Bean
    DaoAuthenticationProvider memberAuthentication(
            UserDetailsService members, PasswordEncoder passwords, HrosProperties hrosProperties) {
        boolean ssoOnly = hrosProperties.auth().ssoOnly();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(members);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Address not verified");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Suspended");
            }
            // In SSO-only mode the password form is the admins' break-glass way in, and only theirs.
            if (ssoOnly && user.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
                throw new PasswordLogInOff();
            }
        });
        return provider;
    }

    /** A right password of a member who is not an admin, while members log in only through the provider. */
    static final class PasswordLogInOff extends AccountStatusException {
        PasswordLogInOff() {
            super("Password log-in is off");
        }
    }

    /** A suspended member is shown why (the log-in page reads the reason for the address kept in the session). */
    static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof PasswordLogInOff) {
            response.sendRedirect("/login/admin?refused");
        } else if ("/login/admin".equals(request.getRequestURI()) && e instanceof BadCredentialsException) {
            response.sendRedirect("/login/admin?error");
        } else if (e instanceof LockedException) {
            request.getSession().setAttribute(Sessions.SUSPENDED_LOGIN, request.getParameter("email"));
            response.sendRedirect("/login?suspended");
        } else {
            response.sendRedirect(e instanceof DisabledException ? "/login?unverified" : "/login?error");
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SWAGGER_CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(
            HttpSecurity http,
            RotatingRememberMeServices rememberMe,
            SessionRevocations revocations,
            ApiTokenAuthenticator apiTokens,
            RateLimits rateLimits,
            ObjectProvider<org.hros.platform.TrustLimits> trustLimits,
            ProblemResponses problems,
            ObjectProvider<RequestMappingHandlerMapping> handlerMappings,
            KeptForms keptForms,
            ObjectProvider<LogInLanding> landings,
            ObjectProvider<ProviderLogIn> providerLogIns,
            HrosProperties hrosProperties,
            PageCache pageCache,
            LocaleResolver localeResolver,
            List<ServedFromCache> servedFromCache,
            List<ModuleUrlRules> urlRules,
            Clock clock)
            throws Exception {
        boolean ssoOnly = hrosProperties.auth().ssoOnly();
        String baseUrl = hrosProperties.baseUrl();
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher operations = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        RequestMatcher machines = new OrRequestMatcher(api, operations);
        RequestMatcher knownRoutes = new KnownRoutes(handlerMappings);
        RequestMatcher pages = request -> !machines.matches(request);
        List<RequestMatcher> tokenless = urlRules.stream()
                .flatMap(rules -> rules.postsWithoutCsrfToken().stream())
                .map(UrlRule::matcher)
                .toList();
        SessionEndedPages sessionEnded = new SessionEndedPages(keptForms, baseUrl);
        RequestCache requestCache = new HttpSessionRequestCache();
        SavedRequestAwareAuthenticationSuccessHandler savedRequest =
                new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequest.setRequestCache(requestCache);
        // A form kept when the session ended is collected first: that is where the member was. Then the page that
        // asked them to log in; only a member going nowhere in particular is shown a first page (the welcome they
        // have not had yet). The same for every way of logging in.
        AuthenticationSuccessHandler landing = (request, response, authentication) -> {
            if (KeptForms.waiting(request)) {
                response.sendRedirect("/kept");
                return;
            }
            if (requestCache.getRequest(request, response) == null
                    && authentication.getPrincipal() instanceof SignedInMember member) {
                Optional<String> first = landings.orderedStream()
                        .map(l -> l.firstPage(member.id()))
                        .flatMap(Optional::stream)
                        .findFirst();
                if (first.isPresent()) {
                    response.sendRedirect(first.get());
                    return;
                }
            }
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        };
        http.authorizeHttpRequests(a -> {
                    // Each module declares its own addresses and who may use them; no two modules claim the same
                    // route (UrlRulesCoverageTests), so the order of modules does not matter.
                    urlRules.stream()
                            .sorted(Comparator.comparing(ModuleUrlRules::module))
                            .forEach(rules -> rules.applyTo(a));
                    // The editors' and admins' areas stay theirs for an address no module declares.
                    a.requestMatchers("/review/**")
                            .hasAnyRole("EDITOR", "ADMIN")
                            .requestMatchers("/admin/**", "/api/v1/admin/**")
                            .hasRole("ADMIN")
                            // A route a module forgot to declare still needs a member; a path nothing answers is a
                            // 404 for everyone, logged in or not, rather than a detour through the log-in page.
                            .requestMatchers(knownRoutes)
                            .authenticated()
                            .anyRequest()
                            .permitAll();
                })
                .formLogin(f -> f.loginPage("/login")
                        // In SSO-only mode the password is checked only at the admins' break-glass address; a post
                        // to /login reaches the page that says to use the provider (403).
                        .loginProcessingUrl(ssoOnly ? "/login/admin" : "/login")
                        .usernameParameter("email")
                        .successHandler(landing)
                        .failureHandler(SecurityConfiguration::loginFailed)
                        .permitAll())
                .rememberMe(r -> r.rememberMeServices(rememberMe).key(rememberMe.getKey()))
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .deleteCookies(KeptForms.OWNER_COOKIE, KeptForms.COOKIE))
                .csrf(c -> c.ignoringRequestMatchers(
                        BearerTokenFilter::hasBearer,
                        request -> api.matches(request) && !carriesCredentials(request),
                        // What modules declare they accept without a token (one-click unsubscribes from mail).
                        request -> tokenless.stream().anyMatch(matcher -> matcher.matches(request))))
                // Machines (API clients, a Prometheus scraper with an admin's access token) get 401 and 403 as
                // problem documents, never a redirect to a log-in page; pages never get problem documents.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> problems.write(
                                        response, 401, "Unauthorized", "Log in or send a valid access token."),
                                machines)
                        .defaultAuthenticationEntryPointFor(sessionEnded, pages)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, ex) ->
                                        problems.write(response, 403, "Forbidden", "You are not allowed to do this."),
                                machines)
                        .defaultAccessDeniedHandlerFor(sessionEnded, pages))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // No framing, unless a handler chose its own framing policy (as a sandboxed preview framed
                        // by HROS's own page does); the content policy's frame-ancestors says the same.
                        .frameOptions(f -> f.disable())
                        .addHeaderWriter(SecurityConfiguration::denyFramingUnlessSet)
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addFilterBefore(
                        new BodySizeLimitFilter(
                                hrosProperties.maxRequestSize(),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/images"),
                                hrosProperties.images().maxRequestSize()),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(apiTokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new RateLimitFilter(rateLimits, trustLimits), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new RememberMeTheftFilter(revocations, problems, api), RememberMeAuthenticationFilter.class)
                .addFilterAfter(new OwnerCookieFilter(keptForms), AnonymousAuthenticationFilter.class)
                // Logged-out readers of the most-read pages are answered from the page cache as soon as the security
                // context says nobody is signed in, before CSRF, log-in, rate-limit and authorisation filters.
                .addFilterAfter(
                        new PageCacheFilter(pageCache, localeResolver, servedFromCache, clock),
                        SecurityContextHolderFilter.class);
        boolean providers = false;
        for (ProviderLogIn providerLogIn : providerLogIns) {
            providerLogIn.configure(http, landing);
            providers = true;
        }
        if (providers) {
            http.addFilterBefore(
                    new ProviderCallbackRateLimitFilter(rateLimits), OAuth2LoginAuthenticationFilter.class);
        }
        return http.build();
    }
}
