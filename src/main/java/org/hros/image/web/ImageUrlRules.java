package org.hros.image.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Images are served to anyone who has their unguessable address, like the text they are in; uploading needs a
 * member.
 */
@Component
class ImageUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member(GET, "/images/new"),
                UrlRule.anyone(GET, "/images/*"),
                UrlRule.anyone(HEAD, "/images/*"),
                UrlRule.member(POST, "/images"));
    }
}
