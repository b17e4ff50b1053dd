package org.hros.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hros.platform.SignedInMember;
import org.hros.platform.web.KeptForms;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Marks the browser of a member who is signed in as theirs, for {@link KeptForms} (page requests only). */
class OwnerCookieFilter extends OncePerRequestFilter {

    private final KeptForms kept;

    OwnerCookieFilter(KeptForms kept) {
        this.kept = kept;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof SignedInMember member
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            kept.rememberOwner(request, response, member.id());
        }
        chain.doFilter(request, response);
    }
}
