package org.hros.safety;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a browser could go to from a page: {@code href} and {@code src} of any element, {@code hx-get}
 * (which htmx fetches with the {@code HX-Request} header), GET forms as submitted, and addresses inside JSON
 * documents. Unresolved: the crawler decides what is same-origin.
 */
final class PageLinks {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_ADDRESS = Pattern.compile("\"(https?://[^\"\\s]+|/[^\"\\s{}]*)\"");

    /** An address found on a page; {@code htmx} when htmx, not the browser, would fetch it. */
    record Link(String address, boolean htmx) {}

    private PageLinks() {}

    /**
     * Links of an HTML page. GET forms are submitted as a browser would: hidden fields keep their values and
     * the text fields take each of {@code searchTerms} in turn.
     */
    static List<Link> inHtml(String html, List<String> searchTerms) {
        List<Link> links = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            for (String attribute : List.of("href", "src")) {
                if (attributes.containsKey(attribute)) {
                    links.add(new Link(attributes.get(attribute), false));
                }
            }
            if (attributes.containsKey("hx-get")) {
                links.add(new Link(attributes.get("hx-get"), true));
            }
        }
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (attributes.getOrDefault("method", "get").equalsIgnoreCase("get")) {
                String action = attributes.getOrDefault("action", "");
                int q = action.indexOf('?');
                String path = q < 0 ? action : action.substring(0, q);
                submissions(form.group(2), searchTerms)
                        .forEach(query -> links.add(new Link(query.isEmpty() ? path : path + "?" + query, false)));
            }
        }
        return links;
    }

    /** Absolute addresses and paths among the strings of a JSON document. */
    static List<Link> inJson(String json) {
        List<Link> links = new ArrayList<>();
        Matcher m = JSON_ADDRESS.matcher(json);
        while (m.find()) {
            links.add(new Link(m.group(1), false));
        }
        return links;
    }

    private static List<String> submissions(String fields, List<String> searchTerms) {
        List<String> fixed = new ArrayList<>();
        List<String> free = new ArrayList<>();
        Matcher field = FIELD.matcher(fields);
        while (field.find()) {
            Map<String, String> attributes = attributes(field.group(2));
            String name = attributes.get("name");
            if (name == null) {
                continue;
            }
            String type = field.group(1).equalsIgnoreCase("textarea")
                    ? "text"
                    : attributes.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
            if (type.equals("hidden")) {
                fixed.add(encode(name) + "=" + encode(attributes.getOrDefault("value", "")));
            } else if (Set.of("text", "search").contains(type)) {
                free.add(encode(name));
            }
        }
        List<String> queries = new ArrayList<>();
        if (free.isEmpty()) {
            queries.add(String.join("&", fixed));
        } else {
            for (String term : searchTerms) {
                List<String> query = new ArrayList<>(fixed);
                free.forEach(name -> query.add(name + "=" + encode(term)));
                queries.add(String.join("&", query));
            }
        }
        return queries;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value.replace("&amp;", "&")
                .replace("&#38;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x2F;", "/");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
