package org.hros.session.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live sessions, {@code hros.sessions.*} (docs/sessions.md).
 *
 * @param reminderInterval how often sessions whose reminders are due are looked for
 */
@ConfigurationProperties("hros.sessions")
@Validated
public record SessionProperties(@DefaultValue("1m") @NotNull Duration reminderInterval) {}
