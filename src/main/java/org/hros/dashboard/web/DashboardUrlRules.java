package org.hros.dashboard.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The community dashboard is the admins'.
 */
@Component
class DashboardUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(UrlRule.admin("/admin/dashboard", "/admin/dashboard.csv"));
    }
}
