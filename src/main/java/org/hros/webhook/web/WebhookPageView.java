package org.hros.webhook.web;

import java.util.List;
import org.hros.platform.web.ConfirmView;
import org.hros.platform.web.FormView;
import org.hros.shared.PageView;
import org.hros.webhook.domain.DeliveryAttemptView;
import org.hros.webhook.domain.WebhookEventType;
import org.hros.webhook.domain.WebhookView;

/**
 * One webhook's page: its settings form, its delivery log and the confirmations of its destructive actions.
 *
 * @param newSecret the signing secret just made, shown this once; otherwise {@code null}
 */
public record WebhookPageView(
        WebhookView webhook,
        FormView<WebhookForm> form,
        PageView<DeliveryAttemptView> log,
        String newSecret,
        ConfirmView regenerate,
        ConfirmView delete) {

    public List<WebhookEventType> eventTypes() {
        return List.of(WebhookEventType.values());
    }
}
