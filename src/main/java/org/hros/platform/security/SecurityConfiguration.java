package org.hros.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hros.platform.ApiTokenAuthenticator;
import org.hros.platform.LinkSigner;
import org.hros.platform.LogInLanding;
import org.hros.platform.ProviderLogIn;
import org.hros.platform.RateLimits;
import org.hros.platform.Sessions;
import org.hros.platform.SignedInMember;
import org.hros.platform.pagecache.PageCache;
import org.hros.platform.pagecache.PageCacheFilter;
import org.hros.platform.pagecache.ServedFromCache;
import org.hros.platform.web.KeptForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.util.unit.DataSize;
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
            UserDetailsService members,
            PasswordEncoder passwords,
            @Value("${hros.auth.sso-only:false}") boolean ssoOnly) {
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
            @Value("${hros.auth.sso-only:false}") boolean ssoOnly,
            @Value("${hros.base-url}") String baseUrl,
            @Value("${hros.max-request-size:1MB}") DataSize maxRequestSize,
            @Value("${hros.images.max-request-size:10MB}") DataSize maxImageRequestSize,
            PageCache pageCache,
            LocaleResolver localeResolver,
            List<ServedFromCache> servedFromCache,
            Clock clock)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher operations = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        RequestMatcher machines = new OrRequestMatcher(api, operations);
        RequestMatcher knownRoutes = new KnownRoutes(handlerMappings);
        RequestMatcher pages = request -> !machines.matches(request);
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
        http.authorizeHttpRequests(a -> a
                        // Circles and practice goals. Circle paths are let through here for everyone, even logged
                        // out: the circle module answers 404 to anyone who is not a member, exactly as for a circle
                        // that does not exist, so nobody is sent to log in and learns that a circle is there. Only
                        // the list of one's own circles, creating one, and the "log in to join" step of an
                        // invitation need a log-in. Goals check their own visibility (only me, my circles,
                        // everyone) and answer 404 when the viewer may not see them.
                        .requestMatchers(
                                "/circles",
                                "/circles/new",
                                "/circles/invitations/*/join",
                                "/api/v1/circles",
                                "/goals",
                                "/goals/new",
                                "/goals/*/edit",
                                "/api/v1/goals")
                        .authenticated()
                        .requestMatchers("/circles/**", "/api/v1/circles/**")
                        .permitAll()
                        // Teams, like circles: every team path is let through, and the team module answers 404 to
                        // anyone who is not a member; only one's own list, creating a team and the "log in to join"
                        // step of an invitation need a log-in here.
                        .requestMatchers("/teams", "/teams/new", "/teams/invitations/*/join", "/api/v1/teams")
                        .authenticated()
                        .requestMatchers("/teams/**", "/api/v1/teams/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/goals/*", "/members/*/progress", "/api/v1/goals/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/members/*/goals")
                        .permitAll()
                        // Tracks: the list, published tracks, their steps, certificates and their API are open to
                        // read; drafts answer 404 to anyone but their proposer and editors (the track module
                        // decides). Composing, following, reflecting and voting need a member.
                        .requestMatchers("/tracks/new", "/tracks/mine", "/tracks/*/edit", "/api/v1/tracks/*/progress")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/tracks",
                                "/tracks/*",
                                "/tracks/*/steps/*",
                                "/certificates/*",
                                "/api/v1/tracks",
                                "/api/v1/tracks/*")
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/cases",
                                "/signup",
                                "/login",
                                "/login/admin",
                                "/kept",
                                "/verify",
                                "/verify/resend",
                                "/password-reset",
                                "/password-reset/new",
                                "/approvals/*",
                                "/about",
                                "/rules",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/robots.txt",
                                "/sitemap.xml",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        // Notifications: one-click unsubscribe from a mail works without a session (its signed
                        // token is the proof); the header's bell answers nothing to visitors.
                        .requestMatchers("/notifications/unsubscribe/*", "/notifications/bell")
                        .permitAll()
                        // The digest's one-click unsubscribe works the same way (signed token, no session).
                        .requestMatchers("/digest/unsubscribe/*")
                        .permitAll()
                        // Images are served to anyone who has their unguessable address, like the text they are in;
                        // uploading needs a member (the rule for every other route below).
                        .requestMatchers(HttpMethod.GET, "/images/new")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/images/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/images/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/cases/*", "/cases/*/*", "/members/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/", "/cases", "/cases/*", "/cases/*/*", "/members/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*")
                        .permitAll()
                        // The open-data page and dump: public reads, fetched by mirrors that never log in.
                        .requestMatchers(HttpMethod.GET, "/open-data", "/open-data/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/open-data", "/open-data/*")
                        .permitAll()
                        // Atom feeds: public reads, fetched by feed readers that never log in.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/cases.atom",
                                "/cases/failures.atom",
                                "/cases/topics/*",
                                "/cases/skills/*",
                                "/requests.atom")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.HEAD,
                                "/cases.atom",
                                "/cases/failures.atom",
                                "/cases/topics/*",
                                "/cases/skills/*",
                                "/requests.atom")
                        .permitAll()
                        // Radar and trends: open to read for everyone; editors curate them under /review.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/radar",
                                "/radar.atom",
                                "/radar/editions/*",
                                "/radar/blips/*/*",
                                "/trends")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.HEAD,
                                "/radar",
                                "/radar.atom",
                                "/radar/editions/*",
                                "/radar/blips/*/*",
                                "/trends")
                        .permitAll()
                        // Live sessions: listing, pages, calendars (the private one proves itself by its token) and
                        // the Atom feed are public; scheduling, changing, recording afterwards and the attendee list
                        // are for editors; RSVPs need a member (the rule for every other route below).
                        .requestMatchers("/sessions/new", "/sessions/*/edit", "/sessions/*/afterwards")
                        .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/sessions")
                        .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/sessions/*/cancel")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/sessions",
                                "/sessions/*",
                                "/sessions.ics",
                                "/sessions.atom",
                                "/sessions/calendar/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.HEAD,
                                "/sessions",
                                "/sessions/*",
                                "/sessions.ics",
                                "/sessions.atom",
                                "/sessions/calendar/*")
                        .permitAll()
                        // Community agenda: the board and requests are public; posting, voting, following and
                        // offering need a member; triage (under /review) and these API operations need an editor.
                        .requestMatchers(HttpMethod.GET, "/requests/new", "/requests/*/edit", "/requests/invitations/*")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/requests", "/requests/*", "/requests/*/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/requests", "/requests/*", "/requests/*/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/requests", "/api/v1/requests/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/requests/*/status",
                                "/api/v1/requests/*/merge",
                                "/api/v1/requests/*/cases")
                        .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/requests/*/cases/*")
                        .hasAnyRole("EDITOR", "ADMIN")
                        // Discussion and reactions: threads, counts and who reacted are open to read; posting,
                        // reacting, following and bookmarks need a member.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/discussion/*/*",
                                "/discussion/*/*/news",
                                "/discussion/replies/*/replies",
                                "/discussion/replies/*/article",
                                "/reactions/*/*/*",
                                "/api/v1/cases/*/replies",
                                "/api/v1/requests/*/replies",
                                "/api/v1/replies/*",
                                "/api/v1/cases/*/reactions",
                                "/api/v1/requests/*/reactions",
                                "/api/v1/replies/*/reactions",
                                "/api/v1/cases/*/reactions/members",
                                "/api/v1/requests/*/reactions/members",
                                "/api/v1/replies/*/reactions/members")
                        .permitAll()
                        // Topic pages: open to everyone, reading only.
                        .requestMatchers(HttpMethod.GET, "/topics", "/topics/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/topics", "/topics/*")
                        .permitAll()
                        // Search: open to everyone, reading only.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/search",
                                "/search/suggest",
                                "/search/related/*",
                                "/api/v1/search",
                                "/api/v1/search/suggest",
                                "/api/v1/search/related/*")
                        .permitAll()
                        // Search over requests and discussions, and cases that may answer a request: open to everyone,
                        // reading only (linking a case stays an editor's operation under /review).
                        .requestMatchers(
                                HttpMethod.GET,
                                "/search/answers/*",
                                "/api/v1/search/requests",
                                "/api/v1/search/replies",
                                "/api/v1/search/answers/*")
                        .permitAll()
                        .requestMatchers("/review", "/review/**", "/api/v1/review-queue")
                        .hasAnyRole("EDITOR", "ADMIN")
                        // Invitations to join are sent, listed and revoked by editors and admins.
                        .requestMatchers("/invitations", "/invitations/**")
                        .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/cases/*/return",
                                "/api/v1/cases/*/publish",
                                "/api/v1/cases/*/takedown")
                        .hasAnyRole("EDITOR", "ADMIN")
                        // Operations: only health is open (for liveness and readiness probes, without details);
                        // metrics and every other actuator endpoint need an admin, by session or access token.
                        .requestMatchers("/actuator/**", "/admin", "/admin/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        // Every other route HROS answers needs a member; a path nothing answers is a 404 for
                        // everyone, logged in or not, rather than a detour through the log-in page.
                        .requestMatchers(knownRoutes)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
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
                        // Mail clients post one-click unsubscribes (RFC 8058) without a form; the signed token in
                        // the address is checked by the handler, and all it can do is stop e-mails.
                        PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/notifications/unsubscribe/*"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/digest/unsubscribe/*")))
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
                                maxRequestSize,
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/images"),
                                maxImageRequestSize),
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
