package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.platform.ApiScope;
import org.hros.platform.ApiTokenAuthenticator;
import org.hros.platform.ApiTokenAuthenticator.Grant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry a personal access token. A token that is unknown or revoked gets 401
 * straight away rather than falling back to anonymous access, so a client learns its token is dead. A token without
 * the write scope reads only: any other method than {@code GET}, {@code HEAD} or {@code OPTIONS} gets 403 with a
 * problem document naming the missing scope, before anything else looks at the call.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokenAuthenticator authenticator;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokenAuthenticator authenticator, ProblemResponses problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token =
                request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<Grant> grant = authenticator.authenticate(token);
        if (grant.isEmpty()) {
            problems.write(response, 401, "Unauthorized", "The access token is unknown or has been revoked.");
            return;
        }
        if (!READING.contains(request.getMethod()) && !grant.get().allows(ApiScope.WRITE)) {
            problems.write(
                    response,
                    403,
                    "Forbidden",
                    "This access token may only read. Create a token with the write scope to change anything.",
                    Map.of("missingScope", ApiScope.WRITE.key()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                grant.get().member(), null, grant.get().member().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
