package org.hros.feed.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Atom feeds are public reads, fetched by feed readers that never log in.
 */
@Component
class FeedUrlRules implements ModuleUrlRules {

    private static final String[] FEEDS = {
        "/cases.atom",
        "/cases/failures.atom",
        "/cases/topics/*",
        "/cases/skills/*",
        "/requests.atom",
        "/radar.atom",
        "/sessions.atom"
    };

    @Override
    public List<UrlRule> rules() {
        return List.of(UrlRule.anyone(GET, FEEDS), UrlRule.anyone(HEAD, FEEDS));
    }
}
