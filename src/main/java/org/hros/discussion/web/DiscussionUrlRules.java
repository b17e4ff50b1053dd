package org.hros.discussion.web;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Threads, counts and who reacted are open to read; posting, reacting, following and bookmarks need a member.
 */
@Component
class DiscussionUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.anyone(
                        GET,
                        "/discussion/*/*",
                        "/discussion/*/*/news",
                        "/discussion/replies/*/replies",
                        "/discussion/replies/*/article",
                        "/reactions/*/*/*",
                        "/api/v1/cases/*/replies",
                        "/api/v1/requests/*/replies",
                        "/api/v1/replies/*",
                        "/api/v1/cases/*/reactions",
                        "/api/v1/requests/*/reactions",
                        "/api/v1/replies/*/reactions",
                        "/api/v1/cases/*/reactions/members",
                        "/api/v1/requests/*/reactions/members",
                        "/api/v1/replies/*/reactions/members"),
                UrlRule.member(
                        "/discussion/*/*/replies",
                        "/discussion/*/*/follow",
                        "/discussion/replies/*/edit",
                        "/discussion/replies/*/delete",
                        "/discussion/replies/*/reply-form",
                        "/reactions/*/*/*",
                        "/my/bookmarks"),
                UrlRule.member(
                        "/api/v1/cases/*/replies",
                        "/api/v1/requests/*/replies",
                        "/api/v1/replies/*",
                        "/api/v1/cases/*/reactions/*",
                        "/api/v1/requests/*/reactions/*",
                        "/api/v1/replies/*/reactions/*",
                        "/api/v1/me/bookmarks"));
    }
}
