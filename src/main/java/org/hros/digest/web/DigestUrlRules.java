package org.hros.digest.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The digest's one-click unsubscribe works with its signed token, without a session; the settings and preview
 * are the member's, the digest's overview the admins'.
 */
@Component
class DigestUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone("/digest/unsubscribe/*"),
                UrlRule.member("/digest/preview", "/settings/digest"),
                UrlRule.admin("/admin/digest"));
    }

    /**
     * Mail clients post one-click unsubscribes (RFC 8058) without a form; the signed token in the address is checked
     * by the handler, and all it can do is stop e-mails.
     */
    @Override
    public List<UrlRule> postsWithoutCsrfToken() {
        return List.of(UrlRule.anyone(HttpMethod.POST, "/digest/unsubscribe/*"));
    }
}
