package org.hros.moderation.domain;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Flags, {@code hros.moderation.*} (docs/moderation.md).
 *
 * @param hideThreshold an item is hidden pending review once its open flags weigh this much (each flag weighs what its
 *     member's trust level weighs): three members, two regulars or six new members by default
 */
@ConfigurationProperties("hros.moderation")
@Validated
public record ModerationProperties(
        @DefaultValue("6") @Positive int hideThreshold) {}
