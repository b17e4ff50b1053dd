package org.hros.digest.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The digest, {@code hros.digest.*} (docs/digest.md).
 *
 * @param defaultDay the weekday of a weekly digest for members who never chose one
 * @param defaultHour the hour (0 to 23, in the member's zone) of the digest for members who never chose one
 * @param runInterval how often the digest job looks for members whose digest is due
 * @param catchUp a digest due longer ago than this is skipped rather than sent late
 * @param batchSize how many members' digests one transaction builds
 * @param sendInterval how often the digest outbox is sent
 * @param maxAttempts how often a digest mail is tried before it is given up
 * @param firstRetry the wait before the first retry; each further one waits twice as long
 */
@ConfigurationProperties("hros.digest")
@Validated
public record DigestProperties(
        @DefaultValue("MONDAY") @NotNull DayOfWeek defaultDay,
        @DefaultValue("8") @Min(0) @Max(23) int defaultHour,
        @DefaultValue("5m") @NotNull Duration runInterval,
        @DefaultValue("24h") @NotNull Duration catchUp,
        @DefaultValue("200") @Positive int batchSize,
        @DefaultValue("30s") @NotNull Duration sendInterval,
        @DefaultValue("6") @Positive int maxAttempts,
        @DefaultValue("1m") @NotNull Duration firstRetry) {}
