package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies the allowances to the endpoints that strangers and spammers hit: sign-up, log-in and password
 * reset per address, new cases per member. Over the allowance the answer is 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Map<String, RateLimits.Action> LIMITED_POSTS = Map.of(
            "/signup", RateLimits.Action.SIGN_UP,
            "/login", RateLimits.Action.LOG_IN,
            "/password-reset", RateLimits.Action.PASSWORD_RESET,
            "/cases", RateLimits.Action.POST,
            "/api/v1/cases", RateLimits.Action.POST,
            "/requests", RateLimits.Action.POST,
            "/api/v1/requests", RateLimits.Action.POST);

    /** Posting in circles and on practice goals, whose paths carry ids. */
    private static final List<PathPattern> LIMITED_POST_PATTERNS = Stream.of(
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
                    "/api/v1/goals/{id}/check-ins")
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Action action = "POST".equals(request.getMethod()) ? limited(path(request)) : null;
        if (action != null) {
            try {
                limits.consume(action, caller(request, action));
            } catch (RateLimitExceededException e) {
                response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static RateLimits.Action limited(String path) {
        RateLimits.Action action = LIMITED_POSTS.get(path);
        if (action != null) {
            return action;
        }
        PathContainer container = PathContainer.parsePath(path);
        return LIMITED_POST_PATTERNS.stream().anyMatch(p -> p.matches(container)) ? RateLimits.Action.POST : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String caller(HttpServletRequest request, RateLimits.Action action) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (action == RateLimits.Action.POST && auth != null && auth.isAuthenticated()) {
            return "member:" + auth.getName();
        }
        return "ip:" + request.getRemoteAddr();
    }
}
