package org.hros.practice.web;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Goals check their own visibility (only me, my circles, everyone) and answer 404 when the viewer may not see
 * them, so reading is let through; setting, changing, checking in and responding need a member.
 */
@Component
class PracticeUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member("/goals", "/goals/new", "/goals/*/edit", "/api/v1/goals"),
                UrlRule.anyone(GET, "/goals/*", "/members/*/progress", "/api/v1/goals/**", "/api/v1/members/*/goals"),
                UrlRule.member(
                        "/goals/*",
                        "/goals/*/delete",
                        "/goals/*/check-ins",
                        "/goals/*/check-ins/*/delete",
                        "/goals/*/check-ins/*/reactions",
                        "/goals/*/check-ins/*/comments",
                        "/goals/*/check-ins/*/comments/*",
                        "/goals/*/check-ins/*/comments/*/edit",
                        "/goals/*/check-ins/*/comments/*/delete"),
                UrlRule.member("/api/v1/goals/*", "/api/v1/goals/*/check-ins", "/api/v1/goals/*/check-ins/*"));
    }
}
