package org.hros.platform.pagecache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * Whether a key is that of a search page, which reads the search index as it is, behind the commits. (The case
     * listing's facet counts come from the index only while it holds every publication, withdrawal and restoration
     * already; until then the library counts them in SQL.)
     */
    static boolean isSearch(String key) {
        return key.startsWith("/search?");
    }

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
        String query = normalisedQuery(request.getParameterMap());
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
     * The parameters as the application reads them, sorted by name (several values of one name keep their order) and
     * encoded, so that {@code ?b=2&a=1} and {@code ?a=1&b=%32} share one page. {@code null} for a query not worth
     * keeping.
     */
    static String normalisedQuery(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        if (parameters.size() > MAX_PARAMETERS) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        for (String name : new TreeSet<>(parameters.keySet())) {
            for (String value : parameters.get(name)) {
                if (!query.isEmpty()) {
                    query.append('&');
                }
                query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                if (query.length() > MAX_QUERY) {
                    return null;
                }
            }
        }
        return query.toString();
    }
}
