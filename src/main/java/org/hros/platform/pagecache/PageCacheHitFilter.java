package org.hros.platform.pagecache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a logged-out reader's GET from the {@link PageCache} ahead of every other filter: Micrometer's observation,
 * Spring Session's repository, the database-outage guard and the whole security chain. What a hit costs is then Tomcat,
 * one key and one look-up, and the copy of bytes worked out when the page was kept.
 *
 * <p>It answers only what {@link PageCacheFilter#keyOf} allows: a request that carries no credentials at all (no
 * {@code Authorization} header, none of HROS's cookies, hence no session and no remember-me), so nobody can be signed
 * in by anything the filters behind it would read. Everything else, hits of requests it does not answer and every
 * miss, goes on down the chain, where {@link PageCacheFilter} renders and keeps pages with the security context set.
 */
final class PageCacheHitFilter implements Filter {

    private final PageCache cache;
    private final LocaleResolver locales;
    private final List<ServedFromCache> observers;

    PageCacheHitFilter(PageCache cache, LocaleResolver locales, List<ServedFromCache> observers) {
        this.cache = cache;
        this.locales = locales;
        this.observers = List.copyOf(observers);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (servletRequest instanceof HttpServletRequest request
                && servletResponse instanceof HttpServletResponse response) {
            String key = PageCacheFilter.keyOf(cache, locales, request);
            CachedPage page = key == null ? null : cache.find(key);
            if (page != null) {
                for (ServedFromCache observer : observers) {
                    observer.served(request);
                }
                PageCacheFilter.send(page, request, response, "hit");
                return;
            }
        }
        chain.doFilter(servletRequest, servletResponse);
    }
}
