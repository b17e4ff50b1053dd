package org.hros.operations.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hros.platform.MailQueue;
import org.hros.search.SearchIndexOverview;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Gathers the operations page: the actuator's health groups and checks, the search index, every mail outbox, Spring
 * Modulith's incomplete event publications and ShedLock's locks. Everything is read when the page is asked for.
 */
@Service
public class OperationsReport {

    /** The health groups and checks shown, in order; the mail server is checked here, outside {@code /actuator/health}. */
    static final List<String> HEALTH = List.of("liveness", "readiness", "db", "embeddedDatabase");

    /** A mail server that does not answer within this is shown as down; the page never waits longer. */
    static final Duration MAIL_CHECK_LIMIT = Duration.ofSeconds(5);

    private final ObjectProvider<HealthEndpoint> health;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean mailConfigured;
    private final SearchIndexOverview index;
    private final List<MailQueue> mailQueues;
    private final JdbcClient jdbc;
    private final Clock clock;

    OperationsReport(
            ObjectProvider<HealthEndpoint> health,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${spring.mail.host:}") String mailHost,
            SearchIndexOverview index,
            List<MailQueue> mailQueues,
            JdbcClient jdbc,
            Clock clock) {
        this.health = health;
        this.mailSender = mailSender;
        this.mailConfigured = !mailHost.isBlank();
        this.index = index;
        this.mailQueues = mailQueues;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public OperationsView report() {
        Instant now = clock.instant();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<MailQueueView> mail = mailQueues.stream()
                .map(q -> new MailQueueView(q.labelKey(), q.state(dayAgo)))
                .toList();
        record Publications(long count, Instant oldest) {}
        Publications publications = jdbc.sql(
                        "select count(*) as n, min(publication_date) as oldest from event_publication"
                                + " where completion_date is null")
                .query((rs, n) ->
                        new Publications(rs.getLong("n"), instant(rs.getObject("oldest", OffsetDateTime.class))))
                .single();
        List<LockView> locks = jdbc.sql("select name, locked_at, lock_until, locked_by from shedlock order by name")
                .query((rs, n) -> {
                    Instant until = instant(rs.getObject("lock_until", OffsetDateTime.class));
                    return new LockView(
                            rs.getString("name"),
                            instant(rs.getObject("locked_at", OffsetDateTime.class)),
                            until,
                            rs.getString("locked_by"),
                            until != null && until.isAfter(now));
                })
                .list();
        return new OperationsView(
                now, health(), index.report(), mail, publications.count(), publications.oldest(), locks);
    }

    private List<HealthCheck> health() {
        List<HealthCheck> checks = new ArrayList<>();
        HealthEndpoint endpoint = health.getIfAvailable();
        for (String key : HEALTH) {
            HealthDescriptor found = endpoint == null ? null : endpoint.healthForPath(key);
            checks.add(new HealthCheck(
                    key, found == null ? "ABSENT" : found.getStatus().getCode()));
        }
        checks.add(new HealthCheck("mail", mail()));
        return checks;
    }

    /** Asks the mail server whether it answers, as the actuator's mail check would, within {@link #MAIL_CHECK_LIMIT}. */
    private String mail() {
        JavaMailSender sender = mailConfigured ? mailSender.getIfAvailable() : null;
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            return "UNCONFIGURED";
        }
        try {
            return CompletableFuture.supplyAsync(() ->
                            new MailHealthIndicator(smtp).health().getStatus().getCode())
                    .get(MAIL_CHECK_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "UNKNOWN";
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return "DOWN";
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
