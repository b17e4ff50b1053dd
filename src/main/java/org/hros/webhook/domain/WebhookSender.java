package org.hros.webhook.domain;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.notification.OperatorAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the webhook outbox: each due delivery of an active webhook, one at a time under its row lock (several nodes
 * may run this), with short timeouts and no redirects. A 2xx answer delivers it; anything else is tried again after
 * 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours, and then marked failed. Every attempt is logged.
 *
 * <p>A webhook whose attempts have failed without a success in between for {@code hros.webhooks.pause-after}
 * (three days) is paused, and the admins are told.
 */
@Component
public class WebhookSender {

    /** The waits after the first, second, … failed attempt; after the last, the delivery has failed. */
    static final List<Duration> BACK_OFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(12));

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_PER_RUN = 200;
    private static final int MAX_ERROR = 300;

    private final JdbcClient jdbc;
    private final EndpointPolicy endpoints;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Executor executor;
    private final Clock clock;
    private final Duration pauseAfter;
    private final Duration timeout;
    private final HttpClient http;

    WebhookSender(
            JdbcClient jdbc,
            EndpointPolicy endpoints,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock,
            WebhookProperties webhookProperties) {
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.executor = executor;
        this.clock = clock;
        this.pauseAfter = webhookProperties.pauseAfter();
        this.timeout = webhookProperties.timeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Sends what is due once the current transaction has committed, on another thread. */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(WebhookSender.this::sendDue);
                }
            });
        } else {
            executor.execute(this::sendDue);
        }
    }

    @Scheduled(
            fixedDelayString = "#{@'hros.webhooks-org.hros.webhook.domain.WebhookProperties'.sendInterval()}",
            initialDelayString = "#{@'hros.webhooks-org.hros.webhook.domain.WebhookProperties'.sendInterval()}")
    @SchedulerLock(name = "webhook-sender", lockAtMostFor = "5m", lockAtLeastFor = "5s")
    public void sendDueOnSchedule() {
        sendDue();
    }

    /** Attempts every delivery that is due now; returns how many attempts were made. */
    public int sendDue() {
        int attempts = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Boolean attempted = transaction.execute(status -> attemptNext(clock.instant()));
            if (!Boolean.TRUE.equals(attempted)) {
                break;
            }
            attempts++;
        }
        return attempts;
    }

    private record Due(
            long id,
            long webhookId,
            String messageId,
            String payload,
            int attempts,
            int failuresInRow,
            String url,
            String secret) {}

    private boolean attemptNext(Instant now) {
        Optional<Due> next = jdbc.sql("""
                        select d.id, d.webhook_id, d.message_id, d.payload, d.attempts, d.failures_in_row, w.url,
                               w.secret
                          from webhook_delivery d join webhook w on w.id = d.webhook_id
                         where d.status = 'PENDING' and d.next_attempt_at <= ? and w.active
                         order by d.next_attempt_at, d.id limit 1
                           for update of d skip locked""")
                .param(now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getLong("webhook_id"),
                        rs.getString("message_id"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getInt("failures_in_row"),
                        rs.getString("url"),
                        rs.getString("secret")))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        Due due = next.get();
        Result result = post(due, now);
        record(due, now, result);
        return true;
    }

    private record Result(Integer statusCode, long millis, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private Result post(Due due, Instant now) {
        URI uri = URI.create(due.url());
        // Resolved again now: a name may point somewhere else than when the webhook was saved.
        String refusal = endpoints.refusalBeforeSending(uri);
        if (refusal != null) {
            return new Result(null, 0, refusal);
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "HROS-Webhooks/1")
                .header("webhook-id", due.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSigner.sign(due.secret(), due.messageId(), timestamp, due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload()))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            int code = response.statusCode();
            return new Result(code, millis, code >= 200 && code < 300 ? null : "The endpoint answered " + code + ".");
        } catch (HttpConnectTimeoutException e) {
            return new Result(null, elapsed(started), "Could not connect within 5 seconds.");
        } catch (HttpTimeoutException e) {
            return new Result(null, elapsed(started), "No answer within " + timeout.toSeconds() + " seconds.");
        } catch (IOException e) {
            return new Result(
                    null, elapsed(started), "Could not connect: " + e.getClass().getSimpleName() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, elapsed(started), "Interrupted while sending.");
        } catch (IllegalArgumentException e) {
            return new Result(null, elapsed(started), "The address cannot be used.");
        }
    }

    private void record(Due due, Instant now, Result result) {
        int attempt = due.attempts() + 1;
        jdbc.sql("""
                        insert into webhook_attempt (delivery_id, webhook_id, attempt, attempted_at, status_code,
                            duration_ms, error) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        due.id(),
                        due.webhookId(),
                        attempt,
                        now.atOffset(ZoneOffset.UTC),
                        result.statusCode(),
                        (int) Math.min(Integer.MAX_VALUE, result.millis()),
                        result.error() == null ? null : truncate(result.error()))
                .update();
        if (result.delivered()) {
            jdbc.sql("""
                            update webhook_delivery set status = 'DELIVERED', attempts = ?, failures_in_row = 0,
                                next_attempt_at = null where id = ?""").params(attempt, due.id()).update();
            jdbc.sql("update webhook set failing_since = null where id = ?")
                    .param(due.webhookId())
                    .update();
            return;
        }
        int failures = due.failuresInRow() + 1;
        boolean exhausted = failures > BACK_OFF.size();
        jdbc.sql("""
                        update webhook_delivery set status = ?, attempts = ?, failures_in_row = ?,
                            next_attempt_at = ? where id = ?""")
                .params(
                        exhausted ? "FAILED" : "PENDING",
                        attempt,
                        failures,
                        exhausted ? null : now.plus(BACK_OFF.get(failures - 1)).atOffset(ZoneOffset.UTC),
                        due.id())
                .update();
        if (exhausted) {
            log.warn("Webhook {} gave up on delivery {} after {} attempts", due.webhookId(), due.id(), attempt);
        }
        pauseIfFailingForLong(due.webhookId(), now);
    }

    /** Under the webhook's row lock, so two nodes never both pause it and tell the admins twice. */
    private void pauseIfFailingForLong(long webhookId, Instant now) {
        jdbc.sql("update webhook set failing_since = coalesce(failing_since, ?) where id = ?")
                .params(now.atOffset(ZoneOffset.UTC), webhookId)
                .update();
        int paused = jdbc.sql("""
                        update webhook set active = false, paused_reason = 'FAILING', updated_at = ?
                         where id = ? and active and failing_since <= ?""")
                .params(
                        now.atOffset(ZoneOffset.UTC),
                        webhookId,
                        now.minus(pauseAfter).atOffset(ZoneOffset.UTC))
                .update();
        if (paused > 0) {
            String url = jdbc.sql("select url from webhook where id = ?")
                    .param(webhookId)
                    .query(String.class)
                    .single();
            log.warn("Webhook {} paused: its attempts have failed since {} ago", webhookId, pauseAfter);
            events.publishEvent(new OperatorAlert(
                    "webhook-paused:" + webhookId + ":" + now.toEpochMilli(),
                    "notice.webhookPaused",
                    List.of(url, Long.toString(pauseAfter.toDays())),
                    "/admin/webhooks/" + webhookId));
        }
    }

    private static long elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static String truncate(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error;
    }
}
