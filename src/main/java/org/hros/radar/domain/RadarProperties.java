package org.hros.radar.domain;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The radar's jobs, {@code hros.radar.*} (docs/radar.md).
 *
 * @param refreshCron when the radar and the trends are recomputed (a cron expression, UTC)
 * @param editionCron when the quarter's edition is published if there is none yet (a cron expression, UTC)
 */
@ConfigurationProperties("hros.radar")
@Validated
public record RadarProperties(
        @DefaultValue("0 10 * * * *") @NotBlank String refreshCron,
        @DefaultValue("0 40 0 * * *") @NotBlank String editionCron) {}
