package org.hros.platform.security;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The platform's own addresses: static files, the error page, kept forms, the crawlers' files, the API description,
 * and operations, where only health is open (for liveness and readiness probes, without details) and metrics and
 * every other actuator endpoint need an admin, by session or access token.
 */
@Component
class PlatformUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone("/css/**", "/js/**", "/img/**", "/favicon.ico"),
                // The API description is public in both forms, JSON and YAML, like the API's read endpoints.
                UrlRule.anyone(
                        "/error",
                        "/kept",
                        "/robots.txt",
                        "/sitemap.xml",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml"),
                UrlRule.anyone("/actuator/health", "/actuator/health/**"),
                UrlRule.admin("/actuator", "/actuator/**"));
    }
}
