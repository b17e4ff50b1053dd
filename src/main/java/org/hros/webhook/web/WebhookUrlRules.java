package org.hros.webhook.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Webhooks are the admins', in pages and in the API.
 */
@Component
class WebhookUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(UrlRule.admin(
                "/admin/webhooks", "/admin/webhooks/**", "/api/v1/admin/webhooks", "/api/v1/admin/webhooks/**"));
    }
}
