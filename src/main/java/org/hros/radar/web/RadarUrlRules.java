package org.hros.radar.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * The radar and trends are open to read for everyone; editors curate them under /review.
 */
@Component
class RadarUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone(GET, "/radar", "/radar/editions/*", "/radar/blips/*/*", "/trends"),
                UrlRule.anyone(HEAD, "/radar", "/radar/editions/*", "/radar/blips/*/*", "/trends"),
                UrlRule.editor("/review/radar", "/review/radar/**"));
    }
}
