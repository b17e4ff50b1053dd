package org.hros.export.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The open-data page and dump are public reads, fetched by mirrors that never log in; a member's own data is
 * theirs.
 */
@Component
class ExportUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone(GET, "/open-data", "/open-data/*"),
                UrlRule.anyone(HEAD, "/open-data", "/open-data/*"),
                UrlRule.member("/settings/data", "/settings/data/export"));
    }
}
