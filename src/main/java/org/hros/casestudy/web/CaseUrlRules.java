package org.hros.casestudy.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The library is open to read (the case page decides what a reader may see); writing needs a member. The
 * employer approver proves themselves by the secret in the link, so approvals are open.
 */
@Component
class CaseUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone("/cases", "/approvals/*"),
                UrlRule.anyone(GET, "/cases/{id:\\d+}", "/cases/{id:\\d+}/*", "/members/*"),
                UrlRule.anyone(HEAD, "/cases/{id:\\d+}", "/cases/{id:\\d+}/*", "/members/*"),
                UrlRule.anyone(GET, "/api/v1/cases", "/api/v1/cases/*"),
                UrlRule.member(POST, "/cases/preview"),
                UrlRule.member("/write", "/write/*"),
                UrlRule.member(
                        "/my/cases",
                        "/my/cases/*",
                        "/my/cases/*/attribution",
                        "/my/cases/*/delete",
                        "/my/cases/*/redaction",
                        "/my/cases/*/redaction/replace",
                        "/my/cases/*/withdraw"),
                UrlRule.member(
                        "/api/v1/cases",
                        "/api/v1/cases/*",
                        "/api/v1/cases/*/submit",
                        "/api/v1/cases/*/attribution",
                        "/api/v1/cases/*/identifying-details"));
    }
}
