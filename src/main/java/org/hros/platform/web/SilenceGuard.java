package org.hros.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.hros.platform.HrosProperties;
import org.hros.platform.PostingPermissions;
import org.hros.platform.SignedInMember;
import org.hros.shared.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.ModelAndViewDefiningException;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses every {@link PostsContent} handler to a silenced member, before the handler runs: 403 with a page or a
 * problem document that says why. Pages that show a form to post say so
 * beforehand ({@link PageContext#mayPost()}).
 */
@Configuration(proxyBeanMethods = false)
class SilenceGuard implements WebMvcConfigurer, HandlerInterceptor {

    /** The request attribute that tells the error page why a request was refused. */
    static final String REASON = "hros.refusal";

    static final String SILENCED = "silenced";

    static final String AWAITING_APPROVAL = "awaitingApproval";

    private final PostingPermissions permissions;
    private final MessageSource messages;
    private final String baseUrl;
    private final org.springframework.beans.factory.ObjectProvider<org.hros.platform.SiteIdentity> site;

    SilenceGuard(
            PostingPermissions permissions,
            MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<org.hros.platform.SiteIdentity> site,
            HrosProperties hrosProperties) {
        this.baseUrl = hrosProperties.baseUrl();
        this.site = site;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(PostsContent.class)) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInMember member && !permissions.mayPost(member.id())) {
            String reason = permissions.awaitingApproval(member.id()) ? AWAITING_APPROVAL : SILENCED;
            request.setAttribute(REASON, reason);
            ErrorView error = new ErrorView(403, reason);
            Locale locale = RequestContextUtils.getLocale(request);
            if (method.getBeanType().isAnnotationPresent(RestController.class)) {
                throw new ForbiddenException(messages.getMessage(error.textKey(), null, locale));
            }
            throw new ModelAndViewDefiningException(new ModelAndView(
                    "error",
                    Map.of(
                            "ctx",
                            PageContextAdvice.create(request, messages, locale, baseUrl, site.getIfAvailable()),
                            "error",
                            error),
                    HttpStatus.FORBIDDEN));
        }
        return true;
    }
}
