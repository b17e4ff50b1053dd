package org.hros.moderation.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Any member may flag; the flag queue and account approvals are the editors'; the admin area's members and
 * audit pages are the admins'.
 */
@Component
class ModerationUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member("/flags", "/flags/new", "/api/v1/flags"),
                UrlRule.editor("/review/flags", "/review/flags/**", "/review/members", "/review/members/**"),
                UrlRule.admin("/admin", "/admin/members", "/admin/members/**", "/admin/audit"));
    }
}
