package org.hros.request.web;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The board and requests are public; posting, voting, following and offering need a member; triage (under
 * /review) and the API's triage operations need an editor.
 */
@Component
class RequestUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member(GET, "/requests/new", "/requests/*/edit", "/requests/invitations/*"),
                UrlRule.anyone(GET, "/requests", "/requests/*", "/requests/*/*"),
                UrlRule.anyone(HEAD, "/requests", "/requests/*", "/requests/*/*"),
                UrlRule.anyone(GET, "/api/v1/requests", "/api/v1/requests/*"),
                UrlRule.editor(
                        POST, "/api/v1/requests/*/status", "/api/v1/requests/*/merge", "/api/v1/requests/*/cases"),
                UrlRule.editor(DELETE, "/api/v1/requests/*/cases/*"),
                UrlRule.editor("/review/requests", "/review/requests/**"),
                UrlRule.member(
                        "/requests",
                        "/requests/invitations/*/accept",
                        "/requests/*/edit",
                        "/requests/*/offer",
                        "/requests/*/{action:vote|unvote|follow|unfollow}"),
                UrlRule.member(
                        "/api/v1/requests",
                        "/api/v1/requests/*",
                        "/api/v1/requests/*/follow",
                        "/api/v1/requests/*/vote"));
    }
}
