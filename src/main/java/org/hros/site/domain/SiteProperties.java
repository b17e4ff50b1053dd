package org.hros.site.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Site settings, {@code hros.settings.*} (docs/settings.md).
 *
 * @param cacheTtl how long a node keeps the settings it read; settings saved on another node show here within this
 *     time at most
 */
@ConfigurationProperties("hros.settings")
@Validated
public record SiteProperties(@DefaultValue("30s") @NotNull Duration cacheTtl) {}
