package org.hros.platform;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the pages of signed-in members keep between requests of what anyone may read, {@code hros.kept-reads.*}
 * (docs/performance.md, "Signed-in pages"): a case at a revision, a thread's replies and who wrote them, a subject's
 * title and anonymous author. Forgotten whenever public pages change, here and on every other node, as the page cache
 * is.
 *
 * @param enabled whether what every reader of a case page sees alike is kept between requests
 * @param maxItems per kind of read, the most items kept: a case, a subject or a thread (which counts one per reply)
 * @param timeToLive how long an item is kept at most, the bound when another node's notice is missed
 */
@ConfigurationProperties("hros.kept-reads")
@Validated
public record KeptReadsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20000") @Min(1) long maxItems,
        @DefaultValue("60s") @NotNull Duration timeToLive) {}
