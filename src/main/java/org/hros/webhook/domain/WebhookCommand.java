package org.hros.webhook.domain;

import java.util.Set;

/**
 * A webhook as an admin sets it up.
 *
 * @param events the event types it receives; at least one
 */
public record WebhookCommand(String url, String description, Set<WebhookEventType> events) {

    public WebhookCommand {
        events = events == null ? Set.of() : Set.copyOf(events);
    }
}
