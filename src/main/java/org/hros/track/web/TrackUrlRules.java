package org.hros.track.web;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The list, published tracks, their steps, certificates and their API are open to read; drafts answer 404 to
 * anyone but their proposer and editors (the track module decides). Composing, following, reflecting and voting
 * need a member.
 */
@Component
class TrackUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member("/tracks/new", "/tracks/mine", "/tracks/*/edit", "/api/v1/tracks/*/progress"),
                UrlRule.anyone(
                        GET,
                        "/tracks",
                        "/tracks/*",
                        "/tracks/*/steps/*",
                        "/certificates/*",
                        "/api/v1/tracks",
                        "/api/v1/tracks/*"),
                UrlRule.member(
                        "/tracks",
                        "/tracks/skills/*/vote",
                        "/tracks/skills/*/vote/withdraw",
                        "/tracks/*/certificate",
                        "/tracks/*/publish",
                        "/tracks/*/return",
                        "/tracks/*/start",
                        "/tracks/*/submit",
                        "/tracks/*/vote",
                        "/tracks/*/vote/withdraw",
                        "/tracks/*/steps/*/done",
                        "/tracks/*/steps/*/undo",
                        "/tracks/*/steps/*/reflection",
                        "/tracks/*/steps/*/reflection/delete",
                        "/certificates/*",
                        "/certificates/*/revoke"),
                UrlRule.member("/api/v1/my/tracks", "/api/v1/tracks/*/vote", "/api/v1/track-skills/*/vote"));
    }
}
