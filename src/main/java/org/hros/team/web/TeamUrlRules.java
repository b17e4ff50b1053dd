package org.hros.team.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Like circles: every team path is let through, and the team module answers 404 to anyone who is not a member;
 * only one's own list, creating a team and the "log in to join" step of an invitation need a log-in here.
 */
@Component
class TeamUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member("/teams", "/teams/new", "/teams/invitations/*/join", "/api/v1/teams"),
                UrlRule.anyone("/teams/**", "/api/v1/teams/**"));
    }
}
