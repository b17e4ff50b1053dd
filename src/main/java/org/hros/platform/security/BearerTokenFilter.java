package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.hros.platform.ApiTokenAuthenticator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry a personal access token. A token that is unknown or revoked gets 401
 * straight away rather than falling back to anonymous access, so a client learns its token is dead.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

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
        Optional<UserDetails> member = authenticator.authenticate(token);
        if (member.isEmpty()) {
            problems.write(response, 401, "Unauthorized", "The access token is unknown or has been revoked.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                member.get(), null, member.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
