package org.hros.home.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The home page is for everyone; the welcome is for the member having it.
 */
@Component
class HomeUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone("/"),
                UrlRule.member("/welcome", "/welcome/done", "/welcome/follow", "/welcome/interests"));
    }
}
