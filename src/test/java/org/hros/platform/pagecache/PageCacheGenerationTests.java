package org.hros.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.util.unit.DataSize;

/**
 * A page rendered while something changed is not kept, but only a change that concerns it counts: the search index
 * changing says nothing about a case page, and a case page rendered just after its publication, while the index
 * follows, is kept (it used not to be, and the first readers of every new case all rendered it).
 */
class PageCacheGenerationTests {

    private final PageCache cache = new PageCache(
            new PageCacheProperties(true, DataSize.ofMegabytes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)),
            new SimpleMeterRegistry(),
            new ServerProperties());

    private static CachedPage page(String text) {
        return CachedPage.of(
                text.getBytes(StandardCharsets.UTF_8),
                "text/html;charset=UTF-8",
                Locale.ENGLISH,
                List.of(),
                Instant.parse("2026-12-06T08:00:00Z"),
                Duration.ofMinutes(1),
                -1);
    }

    private static final String CASE_PAGE = "/cases/7/offer-letters?|en|page";
    private static final String HOME = "/?|en|page";
    private static final String LISTING = "/cases?topic=sourcing|en|page";
    private static final String SEARCH = "/search?q=offer|en|page";

    @Test
    void theIndexChangingDuringARenderStopsOnlySearchPagesFromBeingKept() {
        for (String key : List.of(CASE_PAGE, HOME, LISTING, SEARCH)) {
            PageCache.Generation before = cache.generation();
            cache.forgetSearchPages();
            boolean kept = cache.keep(key, page(key), before);
            assertThat(kept).as(key).isEqualTo(!PageKeys.isSearch(key));
            assertThat(cache.find(key) != null).as(key).isEqualTo(kept);
        }
        assertThat(PageKeys.isSearch(LISTING))
                .as("the listing's facets come from the index only once it holds every change")
                .isFalse();
        assertThat(PageKeys.isSearch(SEARCH)).isTrue();
        assertThat(PageKeys.isSearch(CASE_PAGE)).isFalse();
    }

    @Test
    void aPublicChangeDuringARenderStopsEveryPageFromBeingKept() {
        for (String key : List.of(CASE_PAGE, HOME, LISTING, SEARCH)) {
            PageCache.Generation before = cache.generation();
            cache.forgetAll();
            assertThat(cache.keep(key, page(key), before)).as(key).isFalse();
            assertThat(cache.find(key)).as(key).isNull();
        }
    }

    @Test
    void theIndexChangingForgetsTheSearchPagesAndKeepsTheOthers() {
        for (String key : List.of(CASE_PAGE, HOME, LISTING, SEARCH)) {
            assertThat(cache.keep(key, page(key), cache.generation())).as(key).isTrue();
        }
        cache.forgetSearchPages();
        assertThat(cache.find(CASE_PAGE)).isNotNull();
        assertThat(cache.find(HOME)).isNotNull();
        assertThat(cache.find(LISTING)).isNotNull();
        assertThat(cache.find(SEARCH)).isNull();
    }
}
