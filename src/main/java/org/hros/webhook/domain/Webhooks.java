package org.hros.webhook.domain;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins registering, changing, pausing and removing webhooks, and reading their delivery log. Every change is
 * recorded in the audit log with the webhook's address, in the same transaction.
 */
@Service
public class Webhooks {

    static final int MAX_DESCRIPTION = 300;
    static final int MAX_WEBHOOKS = 50;

    private final JdbcClient jdbc;
    private final EndpointPolicy endpoints;
    private final AuditLog audit;
    private final WebhookSender sender;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, EndpointPolicy endpoints, AuditLog audit, WebhookSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.audit = audit;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WebhookView> list() {
        return jdbc.sql(SELECT + " order by w.created_at, w.id")
                .query((rs, n) -> view(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public WebhookView find(long id) {
        return jdbc.sql(SELECT + " where w.id = ?")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such webhook"));
    }

    /** Registers an active webhook and returns its secret, which is shown this once. */
    @Transactional
    public CreatedWebhook create(long adminId, WebhookCommand command) {
        URI url = checked(command);
        long count = jdbc.sql("select count(*) from webhook").query(Long.class).single();
        if (count >= MAX_WEBHOOKS) {
            throw new FieldErrorsException(List.of(new FieldError("url", "webhook.tooMany")));
        }
        String secret = WebhookSigner.newSecret();
        OffsetDateTime now = now();
        long id = jdbc.sql("""
                        insert into webhook (url, description, events, secret, active, created_by, created_at,
                            updated_at)
                        values (?, ?, ?, ?, true, ?, ?, ?) returning id""")
                .params(url.toString(), command.description().strip(), events(command), secret, adminId, now, now)
                .query(Long.class)
                .single();
        audit.record(adminId, AuditAction.WEBHOOK_CREATED, null, note(id, url.toString()));
        return new CreatedWebhook(id, secret);
    }

    @Transactional
    public void update(long adminId, long id, WebhookCommand command) {
        find(id);
        URI url = checked(command);
        jdbc.sql("update webhook set url = ?, description = ?, events = ?, updated_at = ? where id = ?")
                .params(url.toString(), command.description().strip(), events(command), now(), id)
                .update();
        audit.record(adminId, AuditAction.WEBHOOK_CHANGED, null, note(id, url.toString()));
    }

    /** Stops sending: new events are not queued for it, and queued ones wait until it is resumed. */
    @Transactional
    public void pause(long adminId, long id) {
        WebhookView webhook = find(id);
        if (webhook.active()) {
            jdbc.sql("update webhook set active = false, paused_reason = 'ADMIN', updated_at = ? where id = ?")
                    .params(now(), id)
                    .update();
            audit.record(adminId, AuditAction.WEBHOOK_PAUSED, null, note(id, webhook.url()));
        }
    }

    /** Sends again, starting with what waited; a webhook paused for failing starts with a clean slate. */
    @Transactional
    public void resume(long adminId, long id) {
        WebhookView webhook = find(id);
        if (!webhook.active()) {
            jdbc.sql("""
                            update webhook set active = true, paused_reason = null, failing_since = null,
                                updated_at = ? where id = ?""").params(now(), id).update();
            // What waited goes out now, each with its retries starting over.
            jdbc.sql("""
                            update webhook_delivery set next_attempt_at = ?, failures_in_row = 0
                             where webhook_id = ? and status = 'PENDING'""").params(now(), id).update();
            audit.record(adminId, AuditAction.WEBHOOK_RESUMED, null, note(id, webhook.url()));
            sender.wakeAfterCommit();
        }
    }

    /** Replaces the signing secret at once and returns the new one, which is shown this once. */
    @Transactional
    public String regenerateSecret(long adminId, long id) {
        WebhookView webhook = find(id);
        String secret = WebhookSigner.newSecret();
        jdbc.sql("update webhook set secret = ?, updated_at = ? where id = ?")
                .params(secret, now(), id)
                .update();
        audit.record(adminId, AuditAction.WEBHOOK_SECRET_REGENERATED, null, note(id, webhook.url()));
        return secret;
    }

    /** Removes the webhook with its queue and log. */
    @Transactional
    public void delete(long adminId, long id) {
        WebhookView webhook = find(id);
        jdbc.sql("delete from webhook where id = ?").param(id).update();
        audit.record(adminId, AuditAction.WEBHOOK_DELETED, null, note(id, webhook.url()));
    }

    /**
     * Sends a delivery again now, whatever became of it, with the same message id and payload (receivers may have
     * it already); its retries start over. A paused webhook sends it once resumed.
     */
    @Transactional
    public void resend(long adminId, long webhookId, long deliveryId) {
        WebhookView webhook = find(webhookId);
        int changed = jdbc.sql("""
                        update webhook_delivery set status = 'PENDING', failures_in_row = 0, next_attempt_at = ?
                         where id = ? and webhook_id = ?""").params(now(), deliveryId, webhookId).update();
        if (changed == 0) {
            throw new NotFoundException("No such delivery");
        }
        audit.record(adminId, AuditAction.WEBHOOK_RESENT, null, note(webhookId, webhook.url()) + " #" + deliveryId);
        sender.wakeAfterCommit();
    }

    /** The delivery log, newest attempt first. */
    @Transactional(readOnly = true)
    public PageView<DeliveryAttemptView> attempts(long webhookId, int page, int size) {
        find(webhookId);
        long total = jdbc.sql("select count(*) from webhook_attempt where webhook_id = ?")
                .param(webhookId)
                .query(Long.class)
                .single();
        List<DeliveryAttemptView> items = jdbc.sql("""
                        select a.id, a.delivery_id, d.message_id, d.event_type, a.attempted_at, a.attempt,
                               a.status_code, a.duration_ms, a.error, d.status, d.next_attempt_at
                          from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                         where a.webhook_id = ? order by a.attempted_at desc, a.id desc limit ? offset ?""")
                .params(webhookId, size, (long) (page - 1) * size)
                .query((rs, n) -> new DeliveryAttemptView(
                        rs.getLong("id"),
                        rs.getLong("delivery_id"),
                        rs.getString("message_id"),
                        WebhookEventType.valueOf(rs.getString("event_type")),
                        rs.getTimestamp("attempted_at").toInstant(),
                        rs.getInt("attempt"),
                        (Integer) rs.getObject("status_code"),
                        rs.getLong("duration_ms"),
                        rs.getString("error"),
                        rs.getString("status"),
                        rs.getTimestamp("next_attempt_at") == null
                                ? null
                                : rs.getTimestamp("next_attempt_at").toInstant()))
                .list();
        return new PageView<>(items, page, size, total);
    }

    private URI checked(WebhookCommand command) {
        List<FieldError> errors = new ArrayList<>();
        URI url = null;
        try {
            url = endpoints.check(command.url());
        } catch (FieldErrorsException e) {
            errors.addAll(e.errors());
        }
        if (command.description() == null || command.description().isBlank()) {
            errors.add(new FieldError("description", "webhook.description.required"));
        } else if (command.description().strip().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "webhook.description.tooLong"));
        }
        if (command.events().isEmpty()) {
            errors.add(new FieldError("events", "webhook.events.required"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return url;
    }

    private static String events(WebhookCommand command) {
        return command.events().stream()
                .sorted(Comparator.naturalOrder())
                .map(WebhookEventType::name)
                .collect(Collectors.joining(","));
    }

    private static String note(long id, String url) {
        String note = "Webhook " + id + ": " + url;
        return note.length() > 480 ? note.substring(0, 479) + "…" : note;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static final String SELECT = """
            select w.id, w.url, w.description, w.events, w.active, w.paused_reason, w.failing_since, w.created_at,
                   (select count(*) from webhook_delivery d where d.webhook_id = w.id and d.status = 'PENDING')
                       as pending,
                   (select count(*) from webhook_delivery d where d.webhook_id = w.id and d.status = 'FAILED')
                       as failed
              from webhook w""";

    private static WebhookView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WebhookView(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("description"),
                parseEvents(rs.getString("events")),
                rs.getBoolean("active"),
                rs.getString("paused_reason"),
                Optional.ofNullable(rs.getTimestamp("failing_since"))
                        .map(java.sql.Timestamp::toInstant)
                        .orElse(null),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("pending"),
                rs.getLong("failed"));
    }

    static List<WebhookEventType> parseEvents(String events) {
        return Arrays.stream(events.split(","))
                .filter(s -> !s.isBlank())
                .map(WebhookEventType::valueOf)
                .sorted()
                .toList();
    }
}
