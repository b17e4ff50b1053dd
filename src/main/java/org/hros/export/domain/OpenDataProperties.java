package org.hros.export.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The open-data dump, {@code hros.open-data.*} (docs/open-data.md).
 *
 * @param rebuildCron when the dump is rebuilt every day (a cron expression, UTC)
 * @param firstCheck the wait after start before the first check for a missing or stale dump
 * @param refreshInterval how often a missing dump, or one holding a case that left the library, is rebuilt
 */
@ConfigurationProperties("hros.open-data")
@Validated
public record OpenDataProperties(
        @DefaultValue("0 20 3 * * *") @NotBlank String rebuildCron,
        @DefaultValue("1m") @NotNull Duration firstCheck,
        @DefaultValue("5m") @NotNull Duration refreshInterval) {}
