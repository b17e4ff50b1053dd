package org.hros.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hros.support.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Readers who miss the same page at once (right after a change forgot every page) share one render, but only a
 * render that was kept: a page that is not for anyone is rendered for each of them.
 */
class PageCacheRenderSharingTests {

    private static final int READERS = 6;

    private final AtomicInteger renders = new AtomicInteger();

    private HttpServlet slowPage(boolean setsCookie) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                int render = renders.incrementAndGet();
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.setContentType("text/html;charset=UTF-8");
                if (setsCookie) {
                    response.addCookie(new Cookie("hros-owner", "reader-" + render));
                }
                response.getWriter().write("<p>The listing, render " + render + "</p>");
            }
        };
    }

    private static PageCacheFilter filter() {
        PageCache cache = new PageCache(
                Settings.bind(PageCacheProperties.class, "hros.page-cache.max-size=1MB"),
                new SimpleMeterRegistry(),
                new ServerProperties());
        return new PageCacheFilter(cache, new AcceptHeaderLocaleResolver(), List.of(), Clock.systemUTC());
    }

    private List<MockHttpServletResponse> readAtOnce(PageCacheFilter filter, HttpServlet page) throws Exception {
        List<Callable<MockHttpServletResponse>> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(() -> {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
                MockHttpServletResponse response = new MockHttpServletResponse();
                filter.doFilter(request, response, new MockFilterChain(page));
                return response;
            });
        }
        List<MockHttpServletResponse> responses = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(READERS);
        try {
            for (Future<MockHttpServletResponse> response : threads.invokeAll(readers)) {
                responses.add(response.get());
            }
        } finally {
            threads.shutdownNow();
        }
        return responses;
    }

    @Test
    void readersMissingOnePageAtOnceShareOneRender() throws Exception {
        List<MockHttpServletResponse> responses = readAtOnce(filter(), slowPage(false));

        assertThat(renders).as("renders for %d readers at once", READERS).hasValue(1);
        assertThat(responses)
                .extracting(MockHttpServletResponse::getContentAsString)
                .containsOnly("<p>The listing, render 1</p>");
        assertThat(responses)
                .extracting(response -> response.getHeader(PageCacheFilter.RESULT_HEADER))
                .containsOnlyOnce("miss")
                .containsOnly("miss", "hit");
    }

    @Test
    void aPageThatIsNotForAnyoneIsRenderedForEachReader() throws Exception {
        List<MockHttpServletResponse> responses = readAtOnce(filter(), slowPage(true));

        assertThat(renders).hasValue(READERS);
        assertThat(responses)
                .extracting(MockHttpServletResponse::getContentAsString)
                .doesNotHaveDuplicates();
        assertThat(responses)
                .extracting(response -> response.getHeader(PageCacheFilter.RESULT_HEADER))
                .containsOnlyNulls();
    }
}
