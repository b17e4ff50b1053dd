package org.hros.circle.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Circle paths are let through for everyone, even logged out: the circle module answers 404 to anyone who is not
 * a member, exactly as for a circle that does not exist, so nobody is sent to log in and learns that a circle is
 * there. Only the list of one's own circles, creating one, and the "log in to join" step of an invitation need a
 * log-in.
 */
@Component
class CircleUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member("/circles", "/circles/new", "/circles/invitations/*/join", "/api/v1/circles"),
                UrlRule.anyone("/circles/**", "/api/v1/circles/**"));
    }
}
