package org.hros.radar.domain;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Trends, {@code hros.trends.*} (docs/radar.md).
 *
 * @param searchMinimum a topic's search count is shown only at or above this many searches
 */
@ConfigurationProperties("hros.trends")
@Validated
public record TrendProperties(@DefaultValue("5") @Positive int searchMinimum) {}
