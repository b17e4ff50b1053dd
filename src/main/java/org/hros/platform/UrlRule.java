package org.hros.platform;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use some addresses: path patterns (Spring's {@code PathPattern} syntax, so {@code /cases/{id:\d+}} matches
 * only numbers), optionally one HTTP method, and the access they need.
 *
 * @param method the method the rule is for, or {@code null} for every method
 * @param patterns the path patterns
 * @param access who may use them
 */
public record UrlRule(HttpMethod method, List<String> patterns, Access access) {

    /** Who may use an address. */
    public enum Access {
        /** Everyone, logged in or not. */
        ANYONE,
        /** A signed-in member (by session, remember-me or access token). */
        MEMBER,
        /** An editor or an admin. */
        EDITOR,
        /** An admin. */
        ADMIN
    }

    public UrlRule {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("A URL rule needs at least one pattern");
        }
        patterns = List.copyOf(patterns);
    }

    public static UrlRule anyone(String... patterns) {
        return new UrlRule(null, List.of(patterns), Access.ANYONE);
    }

    public static UrlRule anyone(HttpMethod method, String... patterns) {
        return new UrlRule(method, List.of(patterns), Access.ANYONE);
    }

    public static UrlRule member(String... patterns) {
        return new UrlRule(null, List.of(patterns), Access.MEMBER);
    }

    public static UrlRule member(HttpMethod method, String... patterns) {
        return new UrlRule(method, List.of(patterns), Access.MEMBER);
    }

    public static UrlRule editor(String... patterns) {
        return new UrlRule(null, List.of(patterns), Access.EDITOR);
    }

    public static UrlRule editor(HttpMethod method, String... patterns) {
        return new UrlRule(method, List.of(patterns), Access.EDITOR);
    }

    public static UrlRule admin(String... patterns) {
        return new UrlRule(null, List.of(patterns), Access.ADMIN);
    }

    public static UrlRule admin(HttpMethod method, String... patterns) {
        return new UrlRule(method, List.of(patterns), Access.ADMIN);
    }

    /** Matches a request to any of the patterns (with the rule's method, if it has one). */
    public RequestMatcher matcher() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> matchers = patterns.stream()
                .map(pattern -> (RequestMatcher) paths.matcher(method, pattern))
                .toList();
        return matchers.size() == 1 ? matchers.get(0) : new OrRequestMatcher(matchers);
    }

    @Override
    public String toString() {
        return (method == null ? "" : method + " ") + String.join(", ", patterns) + " → " + access;
    }
}
