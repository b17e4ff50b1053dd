package org.hros.webhook.api;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.member.MemberPrincipal;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.PageView;
import org.hros.webhook.domain.CreatedWebhook;
import org.hros.webhook.domain.DeliveryAttemptView;
import org.hros.webhook.domain.WebhookCommand;
import org.hros.webhook.domain.WebhookEventType;
import org.hros.webhook.domain.WebhookView;
import org.hros.webhook.domain.Webhooks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks for admins' scripts: the same acts as the admin pages, audited the same way. */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
class WebhookApiController {

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** A webhook as sent: {@code events} are payload names such as {@code case.published}. */
    record WebhookBody(String url, String description, List<String> events) {}

    record WebhookJson(
            long id,
            String url,
            String description,
            List<String> events,
            boolean active,
            String pausedReason,
            Instant failingSince,
            Instant createdAt,
            long pendingDeliveries,
            long failedDeliveries) {

        static WebhookJson of(WebhookView w) {
            return new WebhookJson(
                    w.id(),
                    w.url(),
                    w.description(),
                    w.events().stream().map(WebhookEventType::type).toList(),
                    w.active(),
                    w.pausedReason(),
                    w.failingSince(),
                    w.createdAt(),
                    w.pending(),
                    w.failed());
        }
    }

    record AttemptJson(
            long id,
            long deliveryId,
            String messageId,
            String event,
            Instant attemptedAt,
            int attempt,
            Integer statusCode,
            long durationMillis,
            String error,
            String deliveryStatus,
            Instant nextAttemptAt) {

        static AttemptJson of(DeliveryAttemptView a) {
            return new AttemptJson(
                    a.id(),
                    a.deliveryId(),
                    a.messageId(),
                    a.event().type(),
                    a.attemptedAt(),
                    a.attempt(),
                    a.statusCode(),
                    a.durationMillis(),
                    a.error(),
                    a.deliveryStatus(),
                    a.nextAttemptAt());
        }
    }

    @GetMapping
    List<WebhookJson> listWebhooks() {
        return webhooks.list().stream().map(WebhookJson::of).toList();
    }

    /** The secret is in this answer and never again. */
    @PostMapping
    ResponseEntity<Map<String, Object>> createWebhook(
            @AuthenticationPrincipal MemberPrincipal me, @RequestBody WebhookBody body) {
        CreatedWebhook created = webhooks.create(me.id(), command(body));
        return ResponseEntity.created(URI.create("/api/v1/admin/webhooks/" + created.id()))
                .body(Map.of("webhook", WebhookJson.of(webhooks.find(created.id())), "secret", created.secret()));
    }

    @GetMapping("/{id}")
    WebhookJson showWebhook(@PathVariable long id) {
        return WebhookJson.of(webhooks.find(id));
    }

    @PutMapping("/{id}")
    WebhookJson updateWebhook(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, @RequestBody WebhookBody body) {
        webhooks.update(me.id(), id, command(body));
        return WebhookJson.of(webhooks.find(id));
    }

    @PostMapping("/{id}/pause")
    WebhookJson pauseWebhook(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        webhooks.pause(me.id(), id);
        return WebhookJson.of(webhooks.find(id));
    }

    @PostMapping("/{id}/resume")
    WebhookJson resumeWebhook(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        webhooks.resume(me.id(), id);
        return WebhookJson.of(webhooks.find(id));
    }

    /** Replaces the signing secret at once; the new one is in this answer and never again. */
    @PostMapping("/{id}/secret")
    Map<String, String> regenerateSecret(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        return Map.of("secret", webhooks.regenerateSecret(me.id(), id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> deleteWebhook(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        webhooks.delete(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    /** The delivery log, newest attempt first. */
    @GetMapping("/{id}/deliveries")
    PageView<AttemptJson> listDeliveries(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int s = size == null ? 25 : size;
        if (s < 1 || s > 100) {
            throw new FieldErrorsException(List.of(new FieldError("size", "api.paging")));
        }
        PageView<DeliveryAttemptView> log = webhooks.attempts(id, PageView.normalise(page), s);
        return new PageView<>(log.items().stream().map(AttemptJson::of).toList(), log.page(), log.size(), log.total());
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    ResponseEntity<Void> resendDelivery(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, @PathVariable long deliveryId) {
        webhooks.resend(me.id(), id, deliveryId);
        return ResponseEntity.accepted().build();
    }

    private static WebhookCommand command(WebhookBody body) {
        if (body == null) {
            throw new FieldErrorsException(List.of(new FieldError("url", "webhook.url.required")));
        }
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        for (String value : body.events() == null ? List.<String>of() : body.events()) {
            events.add(WebhookEventType.parse(value)
                    .orElseThrow(() ->
                            new FieldErrorsException(List.of(new FieldError("events", "webhook.events.unknown")))));
        }
        return new WebhookCommand(body.url(), body.description(), events);
    }
}
