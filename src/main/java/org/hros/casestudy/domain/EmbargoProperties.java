package org.hros.casestudy.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Embargoed cases, {@code hros.embargo.*}.
 *
 * @param checkInterval how often cases whose embargo has ended are looked for and published
 */
@ConfigurationProperties("hros.embargo")
@Validated
public record EmbargoProperties(
        @DefaultValue("30s") @NotNull Duration checkInterval) {}
