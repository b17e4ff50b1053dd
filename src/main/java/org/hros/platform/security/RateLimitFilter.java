package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.platform.RateLimits.Action;
import org.hros.platform.SignedInMember;
import org.hros.platform.TrustLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the allowances to the endpoints that strangers and spammers hit: sign-up, log-in, password reset and
 * everything that sends mail, posting, and previewing what is being written. Each use is counted per address and per account (the address being
 * logged into, signed up or mailed, or the member signed in); over either allowance the answer is 429 with
 * {@code Retry-After}.
 *
 * <p>Routes are matched as Spring Security and Spring MVC match them, on the decoded path, so that
 * {@code /log%69n} is counted as {@code /login}, which is what it reaches.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final List<Route> ROUTES = List.of(
            Route.of(List.of(Action.SIGN_UP, Action.MAIL), "/signup"),
            // The admins' break-glass password log-in in SSO-only mode is a log-in like any other.
            Route.of(List.of(Action.LOG_IN), "/login", "/login/admin"),
            Route.of(List.of(Action.PASSWORD_RESET, Action.MAIL), "/password-reset"),
            Route.of(List.of(Action.MAIL), "/verify/resend"),
            Route.of(List.of(Action.PREVIEW), "/cases/preview"),
            Route.of(
                    List.of(Action.POST),
                    "/cases",
                    "/api/v1/cases",
                    "/requests",
                    "/api/v1/requests",
                    "/circles",
                    "/api/v1/circles",
                    "/circles/{id}/threads",
                    "/circles/{id}/threads/{thread}/posts",
                    "/circles/{id}/check-ins",
                    "/circles/{id}/invitations",
                    "/api/v1/circles/{id}/threads",
                    "/api/v1/circles/{id}/threads/{thread}/posts",
                    "/api/v1/circles/{id}/check-ins",
                    "/goals",
                    "/goals/{id}/check-ins",
                    "/api/v1/goals",
                    "/api/v1/goals/{id}/check-ins",
                    // An image is content too, and decoding one costs more than any text.
                    "/images"));

    /**
     * Where members post, counted against the new members' daily allowance when the poster is at the new trust
     * level: the routes above and replies in discussions.
     */
    private static final RequestMatcher NEW_MEMBER_POSTS =
            new org.springframework.security.web.util.matcher.OrRequestMatcher(Stream.concat(
                            ROUTES.stream()
                                    .filter(r -> r.actions().contains(Action.POST))
                                    .map(Route::matcher),
                            Stream.of(
                                            "/discussion/{type}/{id}/replies",
                                            "/api/v1/cases/{id}/replies",
                                            "/api/v1/requests/{id}/replies")
                                    .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults()
                                            .matcher(HttpMethod.POST, p)))
                    .toList());

    private final RateLimits limits;
    private final ObjectProvider<TrustLimits> trust;

    RateLimitFilter(RateLimits limits, ObjectProvider<TrustLimits> trust) {
        this.limits = limits;
        this.trust = trust;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Long newMember = newMember(request);
        if (newMember != null) {
            try {
                limits.consume(Action.NEW_MEMBER_POST, "member:" + newMember);
            } catch (RateLimitExceededException e) {
                response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
                response.sendError(429);
                return;
            }
        }
        for (Route route : ROUTES) {
            if (route.matcher().matches(request)) {
                try {
                    for (Count count : counts(request, route.actions())) {
                        limits.consume(count.action(), count.key());
                    }
                } catch (RateLimitExceededException e) {
                    response.setHeader(
                            "Retry-After", String.valueOf(e.retryAfter().toSeconds()));
                    response.sendError(429);
                    return;
                }
                break;
            }
        }
        chain.doFilter(request, response);
    }

    /** What one request uses up: each action once per address, and once per account it concerns. */
    private static List<Count> counts(HttpServletRequest request, List<Action> actions) {
        String address = "ip:" + request.getRemoteAddr();
        String member = signedIn();
        String account = account(request);
        List<Count> counts = new ArrayList<>();
        for (Action action : actions) {
            // The address gets a ceiling for everyone behind it, and each account or member their own allowance;
            // posting nobody signed in for (refused further on) counts against one poster's allowance.
            Action atAddress = action == Action.POST && member == null ? action : action.fromAddress();
            counts.add(new Count(atAddress, address));
            if (member != null) {
                counts.add(new Count(action, member));
            }
            if (account != null && action != Action.POST) {
                counts.add(new Count(action, account));
            }
        }
        return counts;
    }

    /** The signed-in member posting, when their trust level puts them under the new members' allowance. */
    private Long newMember(HttpServletRequest request) {
        if (!NEW_MEMBER_POSTS.matches(request)) {
            return null;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInMember member)) {
            return null;
        }
        TrustLimits limits = trust.getIfAvailable();
        return limits != null && limits.postsLimited(member.id()) ? member.id() : null;
    }

    private static String signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return "member:" + auth.getName().toLowerCase(Locale.ROOT);
    }

    /** The account a log-in, sign-up or mail is for: the address in the form, as the member service keys it. */
    private static String account(HttpServletRequest request) {
        String email = request.getParameter("email");
        if (email == null || email.isBlank()) {
            return null;
        }
        String key = email.strip().toLowerCase(Locale.ROOT);
        return "account:" + (key.length() > 254 ? key.substring(0, 254) : key);
    }

    private record Count(Action action, String key) {}

    private record Route(RequestMatcher matcher, List<Action> actions) {

        static Route of(List<Action> actions, String... patterns) {
            PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
            List<RequestMatcher> matchers = Stream.of(patterns)
                    .map(p -> (RequestMatcher) builder.matcher(HttpMethod.POST, p))
                    .toList();
            return new Route(request -> matchers.stream().anyMatch(m -> m.matches(request)), actions);
        }
    }
}
