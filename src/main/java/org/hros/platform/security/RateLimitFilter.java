package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

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

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Action action = "POST".equals(request.getMethod()) ? LIMITED_POSTS.get(path(request)) : null;
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
