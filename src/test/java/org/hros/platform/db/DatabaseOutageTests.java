package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hros.search.domain.indexing.IndexMaintenance;
import org.hros.search.domain.indexing.IndexState;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database that gives no connection in time: every connection of the pool is taken by the test and the pool waits
 * only a moment for one, as it would while PostgreSQL is stalled or restarting. Pages and the API must answer 503
 * with {@code Retry-After} at once, never a 500 or a hang; they serve again as soon as connections are free; and the
 * log gets a line per cause, not a stack trace per request. The real stall and crash are in
 * {@code DatabaseFaultTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests extends IntegrationTestBase {

    private static final Duration FAST = Duration.ofSeconds(2);

    @Autowired
    DataSource dataSource;

    @Autowired
    IndexMaintenance index;

    @Autowired
    IndexState indexState;

    @Autowired
    PlatformTransactionManager transactions;

    private HikariDataSource pool;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<Connection> taken = new ArrayList<>();
    private long connectionTimeout;

    @AfterEach
    void giveConnectionsBack() throws Exception {
        for (Connection connection : taken) {
            connection.close();
        }
        taken.clear();
        if (connectionTimeout > 0) {
            pool.setConnectionTimeout(connectionTimeout);
        }
    }

    @Test
    void aPageAnswersAFriendly503WithRetryAfterWhileTheDatabaseGivesNoConnection(CapturedOutput output)
            throws Exception {
        takeEveryConnection();

        long begin = System.nanoTime();
        HttpResponse<String> page = get("/cases", "text/html");
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(FAST);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("HROS is back in a moment")
                .contains("Nothing you saved before is lost")
                .doesNotContain("Connection is not available")
                .doesNotContain("Exception");
    }

    @Test
    void theApiAnswersAProblemDocument503WithRetryAfter() throws Exception {
        takeEveryConnection();

        HttpResponse<String> api = get("/api/v1/cases", "application/json");

        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body())
                .contains("\"status\":503")
                .contains("Our database is not answering")
                .doesNotContain("Connection is not available")
                .doesNotContain("hros-embedded");
    }

    @Test
    void pagesServeAgainAsSoonAsConnectionsAreFree() throws Exception {
        takeEveryConnection();
        assertThat(get("/cases", "text/html").statusCode()).isEqualTo(503);

        giveConnectionsBack();

        assertThat(get("/cases", "text/html").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void anOutageIsLoggedOncePerCauseNotOncePerRequest(CapturedOutput output) throws Exception {
        takeEveryConnection();
        for (int i = 0; i < 8; i++) {
            assertThat(get(i % 2 == 0 ? "/cases" : "/api/v1/cases", "text/html").statusCode())
                    .isEqualTo(503);
        }

        String log = output.getAll();
        assertThat(outageLinesPerCause(log))
                .as("lines per cause; background jobs meeting the outage may name causes of their own")
                .allSatisfy((cause, lines) -> assertThat(lines).isEqualTo(1));
        assertThat(log).doesNotContain("SQLTransientConnectionException").doesNotContain(" ERROR ");
    }

    /**
     * The server ends the connection under each transaction (as a restart or a crash of PostgreSQL does), so the
     * rollback fails too. Spring's transaction support would log "Application exception overridden by rollback
     * exception" with a stack trace each time, and the pool "marked as broken" with another.
     */
    @Test
    void connectionsLostUnderTransactionsAreLoggedOncePerCauseNotAStackTracePerRollback(CapturedOutput output)
            throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int from = output.getAll().length();

        List<RuntimeException> failures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            try {
                transaction.executeWithoutResult(
                        status -> jdbc.queryForObject("select pg_terminate_backend(pg_backend_pid())", Boolean.class));
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }

        assertThat(failures)
                .as("each transaction's rollback met the lost connection")
                .hasSize(6)
                .allSatisfy(e -> assertThat(e).hasMessageContaining("Unable to rollback"));
        String log = output.getAll().substring(from);
        assertThat(outageLinesPerCause(log))
                .as("lines per cause, however many rollbacks failed")
                .allSatisfy((cause, lines) -> assertThat(lines).isEqualTo(1));
        assertThat(log)
                .doesNotContain("overridden by rollback")
                .doesNotContain("marked as broken")
                .doesNotContain("\tat ")
                .doesNotContain(" ERROR ");
        assertThat(get("/cases", "text/html").statusCode())
                .as("the pool replaced the lost connections")
                .isEqualTo(200);
    }

    @Test
    void otherFailuresKeepTheirStackTrace(CapturedOutput output) {
        LoggerFactory.getLogger("org.springframework.transaction.support.TransactionTemplate")
                .error("Application exception overridden by rollback exception", new IllegalStateException("a bug"));

        assertThat(output.getAll())
                .contains("Application exception overridden by rollback exception")
                .contains("java.lang.IllegalStateException: a bug")
                .contains("\tat ");
    }

    @Test
    void anApplicationThatCannotStartForItsDatabaseStillSaysSo(CapturedOutput output) {
        LoggerFactory.getLogger("org.springframework.boot.SpringApplication")
                .error(
                        "Application run failed",
                        new org.springframework.transaction.CannotCreateTransactionException(
                                "Could not open JPA EntityManager for transaction",
                                new java.sql.SQLTransientConnectionException("Connection is not available")));

        assertThat(output.getAll()).contains("Application run failed").contains("\tat ");
    }

    @Test
    void readinessReportsTheDatabaseAndLivenessDoesNot() throws Exception {
        takeEveryConnection();

        assertThat(get("/actuator/health/readiness", "application/json").statusCode())
                .isEqualTo(503);
        assertThat(get("/actuator/health/liveness", "application/json").statusCode())
                .isEqualTo(200);

        giveConnectionsBack();
        assertThat(get("/actuator/health/readiness", "application/json").statusCode())
                .isEqualTo(200);
    }

    /** Holds every connection of the pool and lets a request wait only a moment for one. */
    @Test
    void aSearchRebuildCutOffByTheDatabaseStartsOverByItself(CapturedOutput output) throws Exception {
        // A fresh application may still be building its index.
        await().atMost(Duration.ofMinutes(3)).until(() -> !indexState.rebuilding());
        takeEveryConnection();
        assertThat(index.rebuild()).isTrue();

        // The rebuild meets the outage and waits to start over; searches wait with it.
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> output.getAll()
                                .contains(
                                        "Rebuilding the search index stopped: the database did not answer; starting over in 5 s"));
        assertThat(indexState.rebuilding()).isTrue();

        giveConnectionsBack();
        await().atMost(Duration.ofMinutes(3)).until(() -> !indexState.rebuilding());
        IndexMaintenance.Status status = index.status();
        assertThat(status.failed())
                .as("the rebuild that started over finished well")
                .isFalse();
        assertThat(status.finishedAt()).isNotNull();
        assertThat(output.getAll()).contains("Search index rebuilt");
    }

    private void takeEveryConnection() throws Exception {
        pool = dataSource.unwrap(HikariDataSource.class);
        connectionTimeout = pool.getConnectionTimeout();
        pool.setConnectionTimeout(250);
        while (taken.size() < pool.getMaximumPoolSize()) {
            taken.add(pool.getConnection());
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many "Database unavailable (cause)" lines the log has for each cause. */
    private static Map<String, Long> outageLinesPerCause(String log) {
        Pattern outage = Pattern.compile("Database unavailable \\(([^)]*)\\)");
        return log.lines()
                .map(outage::matcher)
                .filter(Matcher::find)
                .collect(Collectors.groupingBy(m -> m.group(1), Collectors.counting()));
    }
}
