package org.hros.circle.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Circles, {@code hros.circles.*}.
 *
 * @param linkDays how many days a shareable invitation link stays valid unless its owner chooses otherwise
 * @param expiryInterval how often clinic posts past their circle's retention are deleted
 */
@ConfigurationProperties("hros.circles")
@Validated
public record CircleProperties(
        @DefaultValue("7") @Positive int linkDays,
        @DefaultValue("1h") @NotNull Duration expiryInterval) {}
