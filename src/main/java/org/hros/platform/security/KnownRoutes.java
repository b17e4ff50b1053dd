package org.hros.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that some controller of HROS answers (with any method). Security rules use it so that a
 * path nothing answers is a plain 404 for everyone: sending a logged-out visitor to log in for
 * {@code /no-such-page} would tell them nothing true and only hide the 404. Known routes that are not named in
 * the rules still need a log-in, as before.
 *
 * <p>The handler look-up runs on a copy of the request's attributes, so that the dispatcher later finds the
 * request exactly as it arrived.
 */
final class KnownRoutes implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    KnownRoutes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpServletRequest probe = new PrivateAttributes(request);
        try {
            ServletRequestPathUtils.parseAndCache(probe);
            for (RequestMappingHandlerMapping mapping : mappings.orderedStream().toList()) {
                if (mapping.getHandler(probe) != null) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            // The path is known but not with this method or media type: the route exists and stays protected.
            return true;
        }
    }

    /** Attributes written during the look-up stay here; reads fall back to the real request. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> written = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (written.containsKey(name)) {
                return written.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(written.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            written.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            written.remove(name);
            removed.add(name);
        }
    }
}
