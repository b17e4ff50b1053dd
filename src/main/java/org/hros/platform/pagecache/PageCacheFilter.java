package org.hros.platform.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hros.platform.pagecache.CachedPage.Header;
import org.hros.platform.web.MalformedRequestFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a logged-out reader's GET of one of the most-read pages from the {@link PageCache}, before the rest of the
 * security filter chain, Spring MVC, the database and the templates. It sits in the security chain right after the
 * security context is set up, so that a signed-in member (by session, remember-me cookie or access token) is never
 * answered from it. Only a 200 HTML page that set no cookie and opened no session is kept: such a page carries no
 * CSRF token (a token would have opened a session) and nothing else tied to one reader.
 *
 * <p>A logged-out reader's hit is normally answered before any of this by {@link PageCacheHitFilter}; this filter
 * renders what is not kept yet, and readers who miss the same page while it is being rendered wait for that render
 * (at most {@link #LONGEST_WAIT}) instead of rendering it again, if it is kept.
 *
 * <p>Kept pages, and pages that could be kept, are sent with {@code Cache-Control: public} for the cache's
 * lifetime, a strong entity tag (a hash of the bytes) and {@code Last-Modified} (when this node rendered them),
 * and conditional requests are answered 304. {@code Vary} names what else the page depends on.
 */
public final class PageCacheFilter extends OncePerRequestFilter {

    /** Says whether the page came from the cache ({@code hit}), was rendered and kept ({@code miss}). */
    public static final String RESULT_HEADER = "X-Page-Cache";

    static final String VARY = "Accept-Language, HX-Request, Cookie";

    /** How long a reader waits for another's render of the same page before rendering it itself. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    /** {@link #VARY} for a page kept gzipped as well. */
    static final String VARY_WITH_ENCODING = VARY + ", Accept-Encoding";

    /** Headers that belong to one exchange or that this filter sets itself, never replayed from a kept page. */
    private static final Set<String> NOT_KEPT = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "content-type",
            "content-language",
            "transfer-encoding",
            "connection",
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "last-modified",
            "vary",
            RESULT_HEADER.toLowerCase(Locale.ROOT));

    private final PageCache cache;
    private final LocaleResolver locales;
    private final List<ServedFromCache> observers;
    private final Clock clock;

    /** The renders under way, by key, each with the page it keeps (or {@code null} when it keeps none). */
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> inFlight = new ConcurrentHashMap<>();

    public PageCacheFilter(PageCache cache, LocaleResolver locales, List<ServedFromCache> observers, Clock clock) {
        this.cache = cache;
        this.locales = locales;
        this.observers = List.copyOf(observers);
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage page = cache.find(key);
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = page == null ? inFlight.putIfAbsent(key, mine) : null;
        if (other != null) {
            // Another reader's render of this page is under way (right after a change forgot every page, all readers
            // of a listing miss at once): wait for it rather than render the same page again.
            page = awaitRender(other);
            mine = null;
        }
        if (page != null) {
            for (ServedFromCache observer : observers) {
                observer.served(request);
            }
            send(page, request, response, "hit");
            return;
        }
        try {
            render(key, request, response, chain, mine);
        } finally {
            if (mine != null) {
                // Readers still waiting render for themselves; the next ones find the page kept, or render it.
                mine.complete(null);
                inFlight.remove(key, mine);
            }
        }
    }

    /** Renders a page, keeps it when it is for anyone and tells the readers waiting for it, if it was kept. */
    private void render(
            String key,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            CompletableFuture<CachedPage> waiting)
            throws ServletException, IOException {
        PageCache.Generation generation = cache.generation();
        RenderingResponse rendering = new RenderingResponse(response);
        chain.doFilter(request, rendering);
        if (!keepable(request, rendering)) {
            rendering.sendAsRendered();
            return;
        }
        CachedPage page = CachedPage.of(
                rendering.getContentAsByteArray(),
                rendering.getContentType(),
                rendering.getLocale(),
                replayable(response),
                Instant.now(clock),
                "/search"
                                .equals(request.getRequestURI()
                                        .substring(request.getContextPath().length()))
                        ? cache.searchTimeToLive()
                        : cache.timeToLive(),
                cache.gzipFrom());
        if (cache.keep(key, page, generation) && waiting != null) {
            // Only a kept page is shared: one rendered before a change that forgot the pages is for its reader alone.
            waiting.complete(page);
        }
        // The bytes are sent as kept; the wrapper's copy is dropped.
        rendering.resetBuffer();
        send(page, request, response, "miss");
    }

    /**
     * The page another reader's render kept, or {@code null} when it kept none or took longer than {@link
     * #LONGEST_WAIT}, the statement time-out: a render that slow is stuck, and this reader renders for itself.
     */
    private static CachedPage awaitRender(CompletableFuture<CachedPage> render) {
        try {
            return render.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The key of a request the cache may answer, or {@code null}. */
    private String keyOf(HttpServletRequest request) {
        return keyOf(cache, locales, request);
    }

    /**
     * The key of a request the cache may answer, or {@code null}: a GET of a cacheable path, for HTML, with a query
     * that decodes, carrying no credentials and no session, with nobody signed in. Cheap enough to be asked of every
     * request ahead of all other filters ({@link PageCacheHitFilter}), and asked again inside the security chain.
     */
    static String keyOf(PageCache cache, LocaleResolver locales, HttpServletRequest request) {
        if (!cache.enabled() || !"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!PageKeys.cacheablePath(path)
                || !PageKeys.carriesNothingPersonal(request)
                || !PageKeys.acceptsHtml(request)
                // A malformed query is answered 400 by MalformedRequestFilter, never from a kept page.
                || !MalformedRequestFilter.decodable(request.getQueryString())
                || request.getSession(false) != null
                || !nobodySignedIn()) {
            return null;
        }
        return PageKeys.key(request, path, locales.resolveLocale(request));
    }

    /** A page for anyone: a 200 HTML page that neither set a cookie, nor opened a session, nor signed anyone in. */
    private static boolean keepable(HttpServletRequest request, RenderingResponse rendering) {
        String type = rendering.getContentType();
        return rendering.getStatus() == 200
                && type != null
                && type.startsWith("text/html")
                && !rendering.containsHeader("Set-Cookie")
                && rendering.getHeader("Content-Disposition") == null
                && request.getSession(false) == null
                && nobodySignedIn()
                && rendering.getContentSize() > 0;
    }

    /** No authentication, or the anonymous one Spring Security gives a visitor further down the chain. */
    static boolean nobodySignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static List<Header> replayable(HttpServletResponse response) {
        List<Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames().stream().distinct().toList()) {
            if (NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new Header(name, value));
            }
        }
        return headers;
    }

    /** Sends a kept page, or 304 when the client has it: headers and bytes worked out when it was kept. */
    static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String result)
            throws IOException {
        byte[] body = page.body();
        String etag = page.etag();
        boolean gzipped = page.gzipped() != null && acceptsGzip(request);
        if (gzipped) {
            body = page.gzipped();
            // Another representation of the same page: a weak tag, as Tomcat gives a response it compresses.
            etag = "W/" + etag;
        }
        response.setHeader(RESULT_HEADER, result);
        response.setHeader("Cache-Control", page.cacheControl());
        response.setHeader("Vary", page.gzipped() != null ? VARY_WITH_ENCODING : VARY);
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", page.lastModifiedHeader());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.headerNamesDistinct()) {
            for (Header header : page.headers()) {
                response.setHeader(header.name(), header.value());
            }
        } else {
            // Set rather than added, so that a header an earlier filter gave this response is not sent twice.
            Set<String> written = new java.util.HashSet<>();
            for (Header header : page.headers()) {
                if (written.add(header.name().toLowerCase(Locale.ROOT))) {
                    response.setHeader(header.name(), header.value());
                } else {
                    response.addHeader(header.name(), header.value());
                }
            }
        }
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        if (gzipped) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether {@code Accept-Encoding} takes gzip: by name, else by {@code *}, and not with {@code q=0}. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null) {
            return false;
        }
        boolean anyCoding = false;
        for (String coding : accepted.split(",")) {
            int semicolon = coding.indexOf(';');
            String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip();
            boolean taken = semicolon < 0 || !refused(coding.substring(semicolon + 1));
            if (name.equalsIgnoreCase("gzip")) {
                return taken;
            }
            anyCoding |= name.equals("*") && taken;
        }
        return anyCoding;
    }

    /** Whether a coding's parameters say {@code q=0} (or 0.0, 0.00, 0.000). */
    private static boolean refused(String parameters) {
        for (String parameter : parameters.split(";")) {
            String p = parameter.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                return p.substring(2).strip().matches("0(\\.0{0,3})?");
            }
        }
        return false;
    }

    /**
     * RFC 9110: {@code If-None-Match} (compared weakly, as a compressing server may weaken the tag) decides when it is
     * present; otherwise {@code If-Modified-Since}.
     */
    static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            String tag = opaque(page.etag());
            for (String candidate : ifNoneMatch.split(",")) {
                String trimmed = candidate.strip();
                if ("*".equals(trimmed) || opaque(trimmed).equals(tag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && page.lastModified().toEpochMilli() <= since;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
