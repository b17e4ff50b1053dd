package org.hros.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.hros.platform.HrosProperties;
import org.hros.platform.PostingPermissions;
import org.hros.platform.SignedInMember;
import org.hros.platform.SiteIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link PageContext} into the model of every HTML page. */
@ControllerAdvice(annotations = Controller.class)
class PageContextAdvice {

    private final MessageSource messages;
    private final String baseUrl;
    private final PostingPermissions permissions;
    private final SiteIdentity site;

    PageContextAdvice(
            MessageSource messages,
            PostingPermissions permissions,
            ObjectProvider<SiteIdentity> site,
            HrosProperties hrosProperties) {
        this.messages = messages;
        this.permissions = permissions;
        this.site = site.getIfAvailable();
        this.baseUrl = hrosProperties.baseUrl();
    }

    @ModelAttribute("ctx")
    PageContext pageContext(HttpServletRequest request, Locale locale) {
        return create(request, messages, locale, baseUrl, permissions::mayPost, permissions::awaitingApproval, site);
    }

    /** For error pages, which offer no form to post. */
    static PageContext create(
            HttpServletRequest request, MessageSource messages, Locale locale, String baseUrl, SiteIdentity site) {
        return create(request, messages, locale, baseUrl, id -> true, id -> false, site);
    }

    static PageContext create(
            HttpServletRequest request,
            MessageSource messages,
            Locale locale,
            String baseUrl,
            java.util.function.LongPredicate mayPost,
            java.util.function.LongPredicate awaitingApproval,
            SiteIdentity site) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SignedInMember member = auth != null && auth.getPrincipal() instanceof SignedInMember m ? m : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return new PageContext(
                member,
                csrf,
                path,
                messages,
                locale,
                flash == null ? Map.of() : flash,
                parameterNames(request),
                baseUrl,
                mayPost,
                awaitingApproval,
                site == null ? null : site::identity);
    }

    /** None for a request whose parameters could not be parsed: its error page must still render. */
    private static java.util.Set<String> parameterNames(HttpServletRequest request) {
        try {
            return request.getParameterMap().keySet();
        } catch (IllegalStateException e) {
            return java.util.Set.of();
        }
    }
}
