package org.hros.webhook.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CasePublished;
import org.hros.request.RequestCatalog;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.session.SessionCatalog;
import org.hros.session.SessionScheduled;
import org.hros.shared.PublicTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns events into deliveries: one outbox row per active webhook that asked for the event, written in the
 * listener's own transaction after the event's commit (from the event publication registry, so a crash loses
 * nothing). A row's key is the event's identity, so an event delivered twice queues nothing twice.
 *
 * <p>The payload is built from the public views as they are at that moment. The time of an event about a case that
 * does not name its author is cut to its day, as every public time about such a case is.
 */
@Component
class WebhookOutbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final WebhookPayloads payloads;
    private final CaseCatalog cases;
    private final RequestCatalog requests;
    private final SessionCatalog sessions;
    private final WebhookSender sender;
    private final Clock clock;

    WebhookOutbox(
            JdbcClient jdbc,
            WebhookPayloads payloads,
            CaseCatalog cases,
            RequestCatalog requests,
            SessionCatalog sessions,
            WebhookSender sender,
            Clock clock) {
        this.jdbc = jdbc;
        this.payloads = payloads;
        this.cases = cases;
        this.requests = requests;
        this.sessions = sessions;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sample content loaded without review is nobody's news. */
    @ApplicationModuleListener
    void on(CasePublished event) {
        if (event.imported()) {
            return;
        }
        // Empty when the case was withdrawn or taken down since: then there is nothing public to tell.
        cases.cards(List.of(event.caseId())).stream()
                .findFirst()
                .ifPresent(card -> enqueue(
                        WebhookEventType.CASE_PUBLISHED,
                        "case:" + event.caseId() + ":" + event.revision(),
                        PublicTimes.shown(clock.instant(), !card.attribution().named()),
                        payloads.casePublished(card, event.revision())));
    }

    /** Only the move to answered; keyed by the change, so a request answered again later is news again. */
    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        if (event.to() != RequestStatus.ANSWERED) {
            return;
        }
        requests.read(event.requestId()).filter(r -> !r.merged()).ifPresent(request -> {
            List<CaseCard> answers = cases.cards(request.caseIds());
            // The time an unnamed author's case answered it would be that case's publication time, to the second.
            boolean unnamedAnswer =
                    answers.stream().anyMatch(c -> !c.attribution().named());
            enqueue(
                    WebhookEventType.REQUEST_ANSWERED,
                    "request:" + event.requestId() + ":" + event.changeId(),
                    PublicTimes.shown(clock.instant(), unnamedAnswer),
                    payloads.requestAnswered(request, answers));
        });
    }

    @ApplicationModuleListener
    void on(SessionScheduled event) {
        sessions.entry(event.sessionId())
                .ifPresent(session -> enqueue(
                        WebhookEventType.SESSION_SCHEDULED,
                        "session:" + session.id(),
                        clock.instant(),
                        payloads.sessionScheduled(session)));
    }

    private void enqueue(WebhookEventType type, String key, Instant timestamp, Map<String, Object> data) {
        List<Long> webhooks = jdbc.sql("select id from webhook where active and (',' || events || ',') like ?")
                .param("%," + type.name() + ",%")
                .query(Long.class)
                .list();
        Instant now = clock.instant();
        boolean queued = false;
        for (long webhookId : webhooks) {
            String messageId = "msg_" + HexFormat.of().formatHex(randomBytes());
            queued |= jdbc.sql("""
                                    insert into webhook_delivery (webhook_id, message_id, event_type, event_key,
                                        payload, status, next_attempt_at, created_at)
                                    values (?, ?, ?, ?, ?, 'PENDING', ?, ?)
                                    on conflict (webhook_id, event_key) do nothing""")
                            .params(
                                    webhookId,
                                    messageId,
                                    type.name(),
                                    key,
                                    payloads.body(messageId, type, timestamp, data),
                                    now.atOffset(ZoneOffset.UTC),
                                    now.atOffset(ZoneOffset.UTC))
                            .update()
                    > 0;
        }
        if (queued) {
            sender.wakeAfterCommit();
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
