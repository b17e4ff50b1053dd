package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.platform.RateLimits.Action;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A provider's answer (the OpenID Connect callback) is a log-in like a password one, and counts against the same
 * allowance of the network address; it names no address before it is checked, so there is no per-account count.
 * It runs before the provider log-in filter, which comes earlier in the chain than the password one.
 */
class ProviderCallbackRateLimitFilter extends OncePerRequestFilter {

    private static final RequestMatcher CALLBACK =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/login/oauth2/code/{registration}");

    private final RateLimits limits;

    ProviderCallbackRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CALLBACK.matches(request)) {
            try {
                limits.consume(Action.LOG_IN.fromAddress(), "ip:" + request.getRemoteAddr());
            } catch (RateLimitExceededException e) {
                response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
