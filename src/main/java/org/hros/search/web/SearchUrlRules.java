package org.hros.search.web;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Search is open to everyone, reading only (linking a case to a request stays an editor's operation under
 * /review); the index's upkeep is the admins'.
 */
@Component
class SearchUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone(
                        GET,
                        "/search",
                        "/search/suggest",
                        "/search/related/*",
                        "/search/answers/*",
                        "/api/v1/search",
                        "/api/v1/search/suggest",
                        "/api/v1/search/related/*",
                        "/api/v1/search/requests",
                        "/api/v1/search/replies",
                        "/api/v1/search/answers/*"),
                UrlRule.admin("/admin/search", "/admin/search/**"));
    }
}
