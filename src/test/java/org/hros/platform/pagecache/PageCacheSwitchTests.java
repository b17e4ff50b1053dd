package org.hros.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hros.support.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** {@code hros.page-cache.enabled=false} renders every page; the key ignores the order of a query's parameters. */
class PageCacheSwitchTests {

    private final AtomicInteger renders = new AtomicInteger();

    private final HttpServlet page = new HttpServlet() {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.getWriter().write("<p>Rendered " + request.getQueryString() + "</p>");
        }
    };

    /** The parameters as the servlet container reads them from a query. */
    private static java.util.Map<String, String[]> params(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            request.addParameter(
                    java.net.URLDecoder.decode(nameValue[0], java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.getParameterMap();
    }

    private MockHttpServletResponse read(PageCacheFilter filter, String path, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(page));
        return response;
    }

    private static PageCacheFilter filter(boolean enabled) {
        PageCache cache = new PageCache(
                Settings.bind(
                        PageCacheProperties.class,
                        "hros.page-cache.enabled=" + enabled,
                        "hros.page-cache.max-size=1MB"),
                new SimpleMeterRegistry(),
                new ServerProperties());
        return new PageCacheFilter(cache, new AcceptHeaderLocaleResolver(), List.of(), Clock.systemUTC());
    }

    @Test
    void switchedOffEveryPageIsRenderedAndKeepsItsOwnHeaders() throws Exception {
        PageCacheFilter off = filter(false);
        MockHttpServletResponse first = read(off, "/cases", "page=2");
        MockHttpServletResponse second = read(off, "/cases", "page=2");
        assertThat(renders).hasValue(2);
        assertThat(second.getHeader(PageCacheFilter.RESULT_HEADER)).isNull();
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
    }

    @Test
    void switchedOnAPageIsRenderedOnceForAnyOrderOfItsParameters() throws Exception {
        PageCacheFilter on = filter(true);
        MockHttpServletResponse first = read(on, "/cases", "topic=sourcing&outcome=failure");
        MockHttpServletResponse second = read(on, "/cases", "outcome=failure&topic=sourcing");
        assertThat(renders).hasValue(1);
        assertThat(second.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=60");

        read(on, "/cases/new", null);
        read(on, "/cases/new", null);
        assertThat(renders).as("an address that is not one of the kept pages").hasValue(3);
    }

    @Test
    void queriesAreNormalisedAndOversizedOnesAreNotKept() {
        assertThat(PageKeys.normalisedQuery(params("b=2&a=1&a=0"))).isEqualTo("a=1&a=0&b=2");
        assertThat(PageKeys.normalisedQuery(params("q=a+b"))).isEqualTo(PageKeys.normalisedQuery(params("q=a%20b")));
        assertThat(PageKeys.normalisedQuery(params("q=" + "x".repeat(2000)))).isNull();
        assertThat(PageKeys.cacheablePath("/cases/12/our-story")).isTrue();
        assertThat(PageKeys.cacheablePath("/cases/12/edit;jsessionid=1")).isFalse();
        assertThat(PageKeys.cacheablePath("/my/cases")).isFalse();
    }
}
