package org.hros.platform.pagecache;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The cache of rendered pages for logged-out readers, {@code hros.page-cache.*} (docs/performance.md, "Page cache").
 *
 * @param enabled whether logged-out readers of the most-read pages are answered from the cache
 * @param maxSize the most bytes of pages kept
 * @param timeToLive how long a page is kept at most, here and by browsers and proxies (Cache-Control max-age)
 * @param searchTimeToLive how long a page of search results is kept at most; the search module forgets them as soon as
 *     its index changes (within a second), since the index follows commits in the background
 */
@ConfigurationProperties("hros.page-cache")
@Validated
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") @NotNull DataSize maxSize,
        @DefaultValue("60s") @NotNull Duration timeToLive,
        @DefaultValue("60s") @NotNull Duration searchTimeToLive) {}
