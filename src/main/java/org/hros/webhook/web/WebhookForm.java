package org.hros.webhook.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hros.webhook.domain.WebhookCommand;
import org.hros.webhook.domain.WebhookEventType;
import org.hros.webhook.domain.WebhookView;

/**
 * The webhook form: the endpoint, what it is for and the events it receives.
 *
 * @param events the names of the chosen {@link WebhookEventType}s
 */
public record WebhookForm(String url, String description, List<String> events) {

    public WebhookForm {
        url = url == null ? "" : url;
        description = description == null ? "" : description;
        events = events == null ? List.of() : List.copyOf(events);
    }

    static WebhookForm blank() {
        return new WebhookForm("https://", "", List.of());
    }

    static WebhookForm of(WebhookView webhook) {
        return new WebhookForm(
                webhook.url(),
                webhook.description(),
                webhook.events().stream().map(WebhookEventType::name).toList());
    }

    public boolean chose(WebhookEventType event) {
        return events.contains(event.name());
    }

    /** The command; empty when an event is not one HROS sends. */
    Optional<WebhookCommand> command() {
        Set<WebhookEventType> chosen = EnumSet.noneOf(WebhookEventType.class);
        for (String value : events) {
            Optional<WebhookEventType> event = WebhookEventType.parse(value);
            if (event.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(event.get());
        }
        return Optional.of(new WebhookCommand(url, description, chosen));
    }
}
