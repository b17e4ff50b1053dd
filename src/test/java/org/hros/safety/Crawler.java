package org.hros.safety;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Visits every page a browser can reach from the seeds by following same-origin links, breadth first, and hands
 * every response to the {@link LeakScanner}. It knows nothing of HROS's pages: whatever is linked — a new feed,
 * search, a digest's web view — is crawled without changing this class.
 *
 * <p>It follows what {@link PageLinks} finds — htmx partials are fetched as htmx would, since they are outputs
 * of their own — and the {@code Location} of redirects. Pages whose path was never seen go first,
 * so that query-string variants (facets) cannot starve new pages of the budget; listings are followed to page
 * {@value #MAX_PAGE} at most.
 */
final class Crawler {

    static final int MAX_PAGE = 5;

    private static final Pattern PAGE_PARAM = Pattern.compile("(?:^|&)page=(\\d+)");
    private static final Set<String> NEVER = Set.of("/logout");

    /** A response the crawl saw. */
    record Page(String target, boolean htmx, int status, String contentType, String body) {

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }
    }

    private final Browser browser;
    private final LeakScanner scanner;
    private final int budget;
    private final List<String> searchTerms;
    private final Set<String> sameOrigins;
    private final Map<String, Page> visited = new LinkedHashMap<>();
    private final Set<String> queued = new HashSet<>();
    private final Set<String> seenPaths = new HashSet<>();
    private final Deque<String> freshPaths = new ArrayDeque<>();
    private final Deque<String> variants = new ArrayDeque<>();
    private int skippedPages;
    private int probed;

    /**
     * @param searchTerms what to type into the text fields of GET forms (never a canary string: a search page
     *     may rightly echo the query)
     * @param aliases other origins that mean this application, such as the public address it puts in its
     *     e-mails and API documents ({@code hros.base-url})
     */
    Crawler(Browser browser, LeakScanner scanner, int budget, List<String> searchTerms, String... aliases) {
        this.browser = browser;
        this.scanner = scanner;
        this.budget = budget;
        this.searchTerms = List.copyOf(searchTerms);
        this.sameOrigins = new HashSet<>();
        sameOrigins.add(origin(browser.origin()));
        for (String alias : aliases) {
            sameOrigins.add(origin(URI.create(alias)));
        }
    }

    /** Crawls from the seeds until nothing new is linked or the budget is spent. */
    Crawler crawl(String... seeds) {
        for (String seed : seeds) {
            enqueue(seed, false);
        }
        while (visited.size() < budget && (!freshPaths.isEmpty() || !variants.isEmpty())) {
            String key = !freshPaths.isEmpty() ? freshPaths.poll() : variants.poll();
            boolean htmx = key.startsWith("hx:");
            visit(htmx ? key.substring(3) : key, htmx, true);
        }
        return this;
    }

    /** Fetches and scans pages that nothing links to (error pages, old revisions), without following them. */
    Crawler probe(List<String> targets) {
        for (String target : targets) {
            if (!visited.containsKey(target)) {
                visit(target, false, false);
                probed++;
            }
        }
        return this;
    }

    Map<String, Page> visited() {
        return visited;
    }

    /** Pages fetched by {@link #probe}, not reached by links. */
    int probed() {
        return probed;
    }

    /** Links to paths never visited at all, because the budget ran out: a gap in coverage, not just a facet. */
    int unvisitedPaths() {
        return freshPaths.size();
    }

    /** Links found but not visited, because the budget ran out. */
    int unvisited() {
        return freshPaths.size() + variants.size();
    }

    /** Listing pages beyond {@link #MAX_PAGE} that were linked and left out on purpose. */
    int skippedPages() {
        return skippedPages;
    }

    Browser browser() {
        return browser;
    }

    private void visit(String target, boolean htmx, boolean follow) {
        HttpResponse<String> response = htmx ? browser.get(target, "HX-Request", "true") : browser.get(target);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        Page page = new Page(target, htmx, response.statusCode(), contentType, response.body());
        visited.put((htmx ? "hx:" : "") + target, page);
        scanner.scan(browser.name() + " GET " + (htmx ? "(htmx) " : "") + target + " → " + page.status(), response);
        if (!follow) {
            return;
        }
        response.headers().firstValue("Location").ifPresent(location -> enqueue(resolve(target, location), false));
        String type = contentType.toLowerCase(Locale.ROOT);
        List<PageLinks.Link> links = type.startsWith("text/html")
                ? PageLinks.inHtml(response.body(), searchTerms)
                : type.contains("json")
                        ? PageLinks.inJson(response.body())
                        // Atom feeds: their <link href> lead to the entries' pages (hros.base-url counts as this
                        // origin).
                        : type.contains("xml") ? PageLinks.inHtml(response.body(), List.of()) : List.of();
        links.forEach(link -> enqueue(resolve(target, link.address()), link.htmx()));
    }

    /** The link as a path and query on this origin, or null when it leaves the application. */
    private String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = browser.origin().resolve(base).resolve(link.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() == null
                || !uri.getScheme().startsWith("http")
                || !sameOrigins.contains(origin(uri))
                || uri.getRawPath() == null
                || uri.getRawPath().isEmpty()) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private void enqueue(String target, boolean htmx) {
        if (target == null) {
            return;
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        if (NEVER.contains(path)) {
            return;
        }
        if (q >= 0) {
            Matcher page = PAGE_PARAM.matcher(target.substring(q + 1));
            if (page.find() && Long.parseLong(page.group(1)) > MAX_PAGE) {
                skippedPages++;
                return;
            }
        }
        String key = (htmx ? "hx:" : "") + target;
        if (!queued.add(key)) {
            return;
        }
        if (!htmx && seenPaths.add(path)) {
            freshPaths.add(key);
        } else {
            variants.add(key);
        }
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        String host = "localhost".equalsIgnoreCase(uri.getHost()) ? "127.0.0.1" : uri.getHost();
        return uri.getScheme() + "://" + host + ":" + port;
    }

    /** Every page of the crawl with the given status whose path matches. */
    List<Page> pages(Pattern path, int status) {
        List<Page> pages = new ArrayList<>();
        for (Page page : visited.values()) {
            if (!page.htmx()
                    && page.status() == status
                    && path.matcher(page.path()).matches()) {
                pages.add(page);
            }
        }
        return pages;
    }
}
