package org.hros.notification.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notices and their mails, {@code hros.notifications.*}.
 *
 * @param sendInterval how often the notice mail outbox is sent
 * @param maxAttempts how often a notice mail is tried before it is given up
 * @param firstRetry the wait before the first retry; each further one waits twice as long
 * @param digestAt the time of day (UTC) of the daily notice digest for members who chose it
 * @param checkInReminderInterval how often members whose practice goals wait for a check-in are looked for
 */
@ConfigurationProperties("hros.notifications")
@Validated
public record NotificationProperties(
        @DefaultValue("30s") @NotNull Duration sendInterval,
        @DefaultValue("6") @Positive int maxAttempts,
        @DefaultValue("1m") @NotNull Duration firstRetry,
        @DefaultValue("07:00") @NotNull LocalTime digestAt,
        @DefaultValue("15m") @NotNull Duration checkInReminderInterval) {}
