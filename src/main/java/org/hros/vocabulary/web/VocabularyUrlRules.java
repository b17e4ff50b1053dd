package org.hros.vocabulary.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Topic pages are open to everyone, reading only; the words themselves are the admins' to run.
 */
@Component
class VocabularyUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone(HttpMethod.GET, "/topics", "/topics/*"),
                UrlRule.anyone(HttpMethod.HEAD, "/topics", "/topics/*"),
                UrlRule.admin("/admin/vocabulary", "/admin/vocabulary/**"));
    }
}
