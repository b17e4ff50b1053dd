package org.hros.webhook.domain;

import java.time.Instant;

/**
 * One attempt to deliver an event to a webhook, for the admins' log.
 *
 * @param statusCode the endpoint's HTTP status, or {@code null} when no answer came (refused, timed out)
 * @param error why it failed, in a few words; {@code null} on success
 * @param deliveryStatus where the delivery stands now: {@code PENDING}, {@code DELIVERED} or {@code FAILED}
 */
public record DeliveryAttemptView(
        long id,
        long deliveryId,
        String messageId,
        WebhookEventType event,
        Instant attemptedAt,
        int attempt,
        Integer statusCode,
        long durationMillis,
        String error,
        String deliveryStatus,
        Instant nextAttemptAt) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
