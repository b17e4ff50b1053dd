package org.hros.webhook.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhooks, {@code hros.webhooks.*}.
 *
 * @param sendInterval how often the delivery outbox is sent
 * @param timeout how long one delivery waits for the receiver
 * @param pauseAfter a webhook whose deliveries have failed for this long is paused and the admins are told
 * @param allowLoopback whether webhooks may point at this machine or a private network; for tests only
 */
@ConfigurationProperties("hros.webhooks")
@Validated
public record WebhookProperties(
        @DefaultValue("30s") @NotNull Duration sendInterval,
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("3d") @NotNull Duration pauseAfter,
        @DefaultValue("false") boolean allowLoopback) {}
