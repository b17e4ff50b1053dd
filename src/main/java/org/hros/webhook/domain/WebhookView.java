package org.hros.webhook.domain;

import java.time.Instant;
import java.util.List;

/**
 * A webhook as admins see it: never its secret.
 *
 * @param pausedReason {@code ADMIN} or {@code FAILING} while paused, {@code null} while active
 * @param failingSince the first failed attempt since the last success, or {@code null}
 */
public record WebhookView(
        long id,
        String url,
        String description,
        List<WebhookEventType> events,
        boolean active,
        String pausedReason,
        Instant failingSince,
        Instant createdAt,
        long pending,
        long failed) {

    public boolean pausedForFailing() {
        return "FAILING".equals(pausedReason);
    }
}
