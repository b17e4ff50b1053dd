package org.hros.review.web;

import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The review queue and everything an editor does to a submission are for editors (and admins).
 */
@Component
class ReviewUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.editor(
                        "/review",
                        "/review/count",
                        "/review/{id:\\d+}",
                        "/review/{id:\\d+}/*",
                        "/review/cases/*/takedown"),
                UrlRule.editor("/api/v1/review-queue"),
                UrlRule.editor(POST, "/api/v1/cases/*/return", "/api/v1/cases/*/publish", "/api/v1/cases/*/takedown"));
    }
}
