package org.hros.platform.security;

import java.time.Duration;
import org.hros.platform.HrosProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Keeps a page view of a signed-in member from writing their session. Spring Session marks a session changed at every
 * request, because its last access time moved, and writes its row back: with sessions in PostgreSQL that is a row
 * update and a durable commit (an fsync) per page view, and every request of one member queues on the same row lock.
 * A member reading with several tabs, or a browser fetching a page and its fragments, waited on it; that was what
 * made a signed-in case page about fifty times slower than a logged-out one.
 *
 * <p>The session's row is now updated only when something in it changed (its id after log-in, its owner, its
 * timeout) or when the last access written is older than {@code hros.auth.session-touch-interval}. Attributes are
 * written as before, by their own statements, whenever they change. The update that finds nothing to do matches no
 * row: it takes no lock and its commit writes nothing to the log. Every node still reads the same row, so a session
 * begun on one node is honoured on any other; it expires at most one interval earlier than its timeout says.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    /**
     * Spring Session's own update, with the values it binds (in the same order) named in a {@code VALUES} list so
     * that the row can be compared with them. {@code %TABLE_NAME%} is replaced by the repository.
     */
    static String updateQuery(Duration interval) {
        return """
                WITH next (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name) AS (
                    VALUES (CAST(? AS char(36)), CAST(? AS bigint), CAST(? AS int), CAST(? AS bigint),
                            CAST(? AS varchar(100))))
                UPDATE %TABLE_NAME% s
                SET session_id = next.session_id, last_access_time = next.last_access_time,
                    max_inactive_interval = next.max_inactive_interval, expiry_time = next.expiry_time,
                    principal_name = next.principal_name
                FROM next
                WHERE s.primary_id = ?
                AND (s.session_id <> next.session_id
                     OR s.max_inactive_interval <> next.max_inactive_interval
                     OR s.principal_name IS DISTINCT FROM next.principal_name
                     OR next.last_access_time - s.last_access_time >= {interval})
                """.replace("{interval}", Long.toString(interval.toMillis()));
    }

    /** Runs after Spring Boot's own customizer (which is ordered first and resets the queries with the table name). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchInterval(HrosProperties properties) {
        Duration interval = properties.auth().sessionTouchInterval();
        if (interval.isNegative()) {
            throw new IllegalStateException("hros.auth.session-touch-interval must not be negative");
        }
        return repository -> repository.setUpdateSessionQuery(updateQuery(interval));
    }
}
