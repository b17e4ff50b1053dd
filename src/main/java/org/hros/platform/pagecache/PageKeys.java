package org.hros.platform.pagecache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which requests may be answered from the page cache, and the key of each: the path, the query with its parameters
 * in a fixed order, and what else a page varies by (the language the reader's browser asks for, which sets how
 * dates read, and whether htmx asked for the partial).
 */
final class PageKeys {

    /** The most-read pages anyone may open; every other address is always rendered. */
    private static final Pattern CACHEABLE = Pattern.compile("/"
            + "|/cases"
            + "|/cases/\\d{1,18}/[a-z0-9-]{1,100}"
            + "|/requests"
            + "|/requests/\\d{1,18}(/[a-z0-9-]{1,100})?"
            + "|/members/[A-Za-z0-9_.-]{1,64}"
            + "|/search");

    /** Cookies that may carry a signed-in member, a session (with its flash messages) or a kept form. */
    static final Set<String> PERSONAL_COOKIES =
            Set.of("JSESSIONID", "SESSION", "remember-me", "hros-kept", "hros-owner");

    private static final int MAX_QUERY = 1024;
    private static final int MAX_PARAMETERS = 24;

    private PageKeys() {}

    static boolean cacheablePath(String path) {
        return CACHEABLE.matcher(path).matches();
    }

    /**
     * Whether a request carries nothing that could make its page personal: no {@code Authorization} header and none
     * of HROS's cookies. (Whether a member is signed in is asked of the security context as well.)
     */
    static boolean carriesNothingPersonal(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PERSONAL_COOKIES.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the client takes HTML, the only kind of page kept. */
    static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /**
     * The key of a request to a cacheable path, or {@code null} when its query is too long or not well formed (it is
     * then rendered, and the application answers it as it would anyway).
     */
    static String key(HttpServletRequest request, String path, Locale locale) {
        String query = normalisedQuery(request.getQueryString());
        if (query == null) {
            return null;
        }
        return path
                + '?'
                + query
                + '|'
                + locale.toLanguageTag()
                + '|'
                + (request.getHeader("HX-Request") != null ? "htmx" : "page");
    }

    /**
     * The parameters sorted by name (several values of one name keep their order), each decoded and encoded again,
     * so that {@code ?b=2&a=1} and {@code ?a=1&b=%32} share one page. {@code null} for a query not worth keeping.
     */
    static String normalisedQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (raw.length() > MAX_QUERY) {
            return null;
        }
        String[] pairs = raw.split("&");
        if (pairs.length > MAX_PARAMETERS) {
            return null;
        }
        List<String[]> parameters = new ArrayList<>();
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.add(new String[] {name, value});
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        parameters.sort(Comparator.comparing(p -> p[0]));
        StringBuilder query = new StringBuilder();
        for (String[] p : parameters) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(URLEncoder.encode(p[0], StandardCharsets.UTF_8));
            if (p[1] != null) {
                query.append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
