package org.hros.operations.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The operations page is the admins'.
 */
@Component
class OperationsUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(UrlRule.admin("/admin/operations"));
    }
}
