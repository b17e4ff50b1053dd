package org.hros.session.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Listing, pages, calendars (the private one proves itself by its token) are public; scheduling, changing,
 * recording afterwards and the attendee list are for editors; RSVPs and calendar tokens need a member.
 */
@Component
class SessionUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.editor("/sessions/new", "/sessions/*/edit", "/sessions/*/afterwards"),
                UrlRule.editor(POST, "/sessions"),
                UrlRule.member(GET, "/sessions/*/cancel"),
                UrlRule.anyone(GET, "/sessions", "/sessions/*", "/sessions.ics", "/sessions/calendar/*"),
                UrlRule.anyone(HEAD, "/sessions", "/sessions/*", "/sessions.ics", "/sessions/calendar/*"),
                UrlRule.member(
                        "/sessions/*/rsvp", "/sessions/*/cancel", "/sessions/calendar", "/sessions/calendar/revoke"));
    }
}
