package org.hros.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hros.platform.HrosProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so a
 * fresh checkout runs with no set-up. Data lives under {@code hros.data-dir}/pg and survives restarts.
 *
 * <p>Durability is not traded for speed: the embedded server runs with {@code fsync} and
 * {@code synchronous_commit} on, so a case acknowledged to a client is on disk even if the process is killed
 * the next instant. A postmaster orphaned by such a kill is stopped before the next start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HrosProperties properties) throws IOException {
        return start(properties.dataDir().resolve("pg").toAbsolutePath(), properties.ephemeral());
    }

    /**
     * Starts the embedded PostgreSQL on {@code dir} (made by {@code initdb} when it holds no database yet), as the
     * application and the backup command ({@link BackupCommand}) both run it.
     */
    static EmbeddedPostgres start(Path dir, boolean clean) throws IOException {
        Files.createDirectories(dir.getParent());
        OrphanedPostmaster.stopIfRunning(dir);
        log.info("Starting embedded PostgreSQL with data in {}", dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            // Crash recovery first makes the data folder durable: one syncfs() instead of an fsync() per file, which
            // takes seconds on a busy disk; the restart after a crash is that much sooner (PostmasterSupervisor).
            builder.setServerConfig("recovery_init_sync_method", "syncfs");
        }
        return builder.setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The context closes the server (destroyMethod) after everything that uses it. A JVM hook of its own
                // would stop it in parallel, under the still-open pool, and shutdown would hang on a dead connection.
                .setRegisterShutdownHook(false)
                .start();
    }

    /**
     * The pool takes {@code spring.datasource.hikari.*} as Boot's own would, time limits included (see
     * {@code application.properties}), so the embedded and an external database fail just as fast.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("hros-embedded");
        return dataSource;
    }

    /** Restarts the embedded PostgreSQL when its postmaster dies, so that the site comes back by itself. */
    @Bean
    PostmasterSupervisor postmasterSupervisor(EmbeddedPostgres postgres, HrosProperties properties) {
        return new PostmasterSupervisor(properties.dataDir().resolve("pg").toAbsolutePath());
    }
}
