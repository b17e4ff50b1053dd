package org.hros.notification.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe from a mail works without a session (its signed token is the proof); the header's bell
 * answers nothing to visitors; notices and their settings are the member's.
 */
@Component
class NotificationUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone("/notifications/unsubscribe/*", "/notifications/bell"),
                UrlRule.member("/notifications", "/notifications/read", "/notifications/*", "/settings/notifications"));
    }

    /**
     * Mail clients post one-click unsubscribes (RFC 8058) without a form; the signed token in the address is checked
     * by the handler, and all it can do is stop e-mails.
     */
    @Override
    public List<UrlRule> postsWithoutCsrfToken() {
        return List.of(UrlRule.anyone(HttpMethod.POST, "/notifications/unsubscribe/*"));
    }
}
