package org.hros.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One module's addresses and who may use them. Each module that answers requests provides one bean, next to its
 * controllers, naming every page and API path it serves; the security configuration only collects them. The rules
 * of different modules never claim the same route (a test holds every controller mapping to exactly one module),
 * so the order in which modules are applied does not matter; inside a module the first rule that matches decides.
 */
public interface ModuleUrlRules {

    /** The rules, most specific first. */
    List<UrlRule> rules();

    /**
     * Posts this module accepts without a CSRF token, because the client that sends them cannot hold one (a mail
     * client's one-click unsubscribe, RFC 8058) and the request carries its own proof. Each must also be one of
     * {@link #rules()}' routes. None by default.
     */
    default List<UrlRule> postsWithoutCsrfToken() {
        return List.of();
    }

    /** The module these rules belong to: the first package below {@code org.hros}. */
    default String module() {
        String name = getClass().getPackageName();
        String root = "org.hros.";
        if (!name.startsWith(root)) {
            return name;
        }
        int end = name.indexOf('.', root.length());
        return end < 0 ? name.substring(root.length()) : name.substring(root.length(), end);
    }

    /** The first of this module's rules that matches the request, if any. */
    default Optional<UrlRule> ruleFor(HttpServletRequest request) {
        return rules().stream().filter(r -> r.matcher().matches(request)).findFirst();
    }

    /** Adds the rules, in order, to the application's authorisation rules. */
    default void applyTo(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (UrlRule rule : rules()) {
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url = registry.requestMatchers(rule.matcher());
            switch (rule.access()) {
                case ANYONE -> url.permitAll();
                case MEMBER -> url.authenticated();
                case EDITOR -> url.hasAnyRole("EDITOR", "ADMIN");
                case ADMIN -> url.hasRole("ADMIN");
            }
        }
    }
}
