package org.hros.site.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The community's rules are for everyone to read; its settings are the admins'.
 */
@Component
class SiteUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(UrlRule.anyone("/rules"), UrlRule.admin("/admin/settings", "/admin/settings/**"));
    }
}
