package org.hros.webhook.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook may receive, by the type name receivers see in the payload. */
public enum WebhookEventType {
    CASE_PUBLISHED("case.published"),
    REQUEST_ANSWERED("request.answered"),
    SESSION_SCHEDULED("session.scheduled");

    private final String type;

    WebhookEventType(String type) {
        this.type = type;
    }

    /** The name in payloads and the API, e.g. {@code case.published}. */
    public String type() {
        return type;
    }

    public String messageKey() {
        return "webhook.event." + name();
    }

    /** By its payload name or its constant name; empty when it is neither. */
    public static Optional<WebhookEventType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values())
                .filter(e -> e.type.equals(v) || e.name().equals(v))
                .findFirst();
    }
}
