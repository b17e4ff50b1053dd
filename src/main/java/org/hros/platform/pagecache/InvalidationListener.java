package org.hros.platform.pagecache;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.hros.platform.PublicPagesChangedElsewhere;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the other nodes' {@code NOTIFY}s on a connection of its own (outside the pool, so that no request ever
 * waits for it) and forgets this node's pages when one arrives, within milliseconds of the other node's commit. When
 * the connection breaks it is opened again after a pause growing from one to ten seconds, and every kept page is
 * forgotten once it listens again, since notifications sent meanwhile were missed; until then a page is kept at
 * most the cache's lifetime (60 s by default). One log line says listening stopped, one that it resumed.
 */
@Component
class InvalidationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InvalidationListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final PageCache cache;
    private final PageCacheInvalidation invalidation;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    InvalidationListener(
            PageCache cache,
            PageCacheInvalidation invalidation,
            DataSource dataSource,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cache = cache;
        this.invalidation = invalidation;
        this.dataSource = dataSource;
    }

    /** Whether this node hears the others now (for tests). */
    boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        if (running || !cache.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::listenUntilStopped, "page-cache-invalidations");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration pause = Duration.ofSeconds(1);
        boolean reported = false;
        while (running) {
            try (Connection connection = open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PageCacheInvalidation.CHANNEL);
                }
                // Whatever changed while nobody listened was not heard.
                forgetEverything();
                listening = true;
                if (reported) {
                    log.info("Page cache hears other nodes again");
                    reported = false;
                }
                pause = Duration.ofSeconds(1);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && heardAnotherNode(notifications)) {
                        forgetEverything();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!reported) {
                    log.warn(
                            "Page cache no longer hears other nodes ({}); pages are kept at most {} s until it does",
                            e.getClass().getSimpleName(),
                            cache.timeToLive().toSeconds());
                    reported = true;
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
        listening = false;
    }

    /** What pages are made from first, then the pages, so that no page is rendered again from what was kept. */
    private void forgetEverything() {
        try {
            events.publishEvent(new PublicPagesChangedElsewhere());
        } finally {
            cache.forgetAll();
        }
    }

    private boolean heardAnotherNode(PGNotification[] notifications) {
        for (PGNotification notification : notifications) {
            if (!invalidation.node().equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    /** A connection like the pool's, but not from it. */
    private Connection open() throws SQLException {
        HikariDataSource hikari =
                dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        if (hikari == null || hikari.getJdbcUrl() == null) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        properties.setProperty("ApplicationName", "hros-page-cache");
        Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }
}
