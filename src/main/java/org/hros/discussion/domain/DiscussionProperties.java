package org.hros.discussion.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Discussions, {@code hros.discussion.*}.
 *
 * @param editWindow how long after posting a reply its author may still edit it
 */
@ConfigurationProperties("hros.discussion")
@Validated
public record DiscussionProperties(
        @DefaultValue("15m") @NotNull Duration editWindow) {}
