package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a stolen remember-me cookie, and every session begun before the theft was noticed, with the log-in page
 * and a message saying why ({@code /login?ended}, or {@code /login?changed} when an admin ended them); API calls get
 * a 401 problem document. Never a 500.
 */
class RememberMeTheftFilter extends OncePerRequestFilter {

    static final String ENDED = "/login?ended";

    /** An admin suspended the member or changed their role. */
    static final String CHANGED = "/login?changed";

    private final SessionRevocations revocations;
    private final ProblemResponses problems;
    private final RequestMatcher api;

    RememberMeTheftFilter(SessionRevocations revocations, ProblemResponses problems, RequestMatcher api) {
        this.revocations = revocations;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && auth != null
                && !(auth instanceof AnonymousAuthenticationToken)
                && revocations.isRevoked(auth.getName(), Instant.ofEpochMilli(session.getCreationTime()))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            ended(request, response, revocations.endedByAdmin(auth.getName()) ? CHANGED : ENDED);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (CookieTheftException e) {
            HttpSession current = request.getSession(false);
            if (current != null) {
                current.invalidate();
            }
            SecurityContextHolder.clearContext();
            ended(request, response, ENDED);
        }
    }

    private void ended(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (api.matches(request)) {
            problems.write(response, 401, "Unauthorized", "Your sessions were ended. Log in again.");
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }
}
