package org.hros.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

/**
 * HROS's backup and restore, run with the application's jar instead of the application:
 *
 * <pre>
 * java -jar hros.jar --hros.backup.to=hros-2026-12-01.zip
 * java -jar hros.jar --hros.restore.from=hros-2026-12-01.zip [--hros.restore.replace=true]
 * </pre>
 *
 * <p>The database is the application's: {@code spring.datasource.url} (with its user name and password) when set, from
 * the same places the application reads it (arguments, environment, {@code application.properties}); else the
 * embedded PostgreSQL under {@code hros.data-dir}, reached on its port while HROS runs (backup only) or started for
 * the command while it does not. A restore removes this machine's search index folder so that HROS rebuilds it at
 * its next start.
 */
public final class BackupCommand {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    static final String BACKUP_TO = "hros.backup.to";
    static final String RESTORE_FROM = "hros.restore.from";
    static final String REPLACE = "hros.restore.replace";

    /** The command's own options: read by the command before any application starts, never settings of HROS. */
    public static final java.util.List<String> OPTIONS = java.util.List.of(BACKUP_TO, RESTORE_FROM, REPLACE);

    /** Exit statuses: done; refused with a reason (bad file, database not empty); data folder in use; failed. */
    public static final int DONE = 0;

    public static final int FAILED = 1;
    public static final int REFUSED = 2;

    private BackupCommand() {}

    /** Whether the arguments ask for a backup or a restore rather than the application. */
    public static boolean asked(String... args) {
        return Arrays.stream(args)
                .anyMatch(a -> a.startsWith("--" + BACKUP_TO + "=") || a.startsWith("--" + RESTORE_FROM + "="));
    }

    /** Runs the backup or restore the arguments ask for; returns the process's exit status. */
    public static int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            return run(context.getEnvironment());
        } finally {
            // The command's own start set logging up afresh, which drops the outage filter: an application already
            // running in this JVM (as in tests) keeps its one line per outage.
            OutageLogFilter.Installation.install();
        }
    }

    static int run(Environment environment) {
        String to = environment.getProperty(BACKUP_TO, "");
        String from = environment.getProperty(RESTORE_FROM, "");
        if (StringUtils.hasText(to) == StringUtils.hasText(from)) {
            log.error("Give either --{}=FILE or --{}=FILE, not both.", BACKUP_TO, RESTORE_FROM);
            return REFUSED;
        }
        try {
            if (StringUtils.hasText(to)) {
                return backup(environment, Path.of(to.trim()));
            }
            return restore(environment, Path.of(from.trim()), environment.getProperty(REPLACE, Boolean.class, false));
        } catch (BackupException e) {
            log.error(e.getMessage());
            return REFUSED;
        } catch (Exception e) {
            log.error("The {} failed; nothing was changed by it", StringUtils.hasText(to) ? "backup" : "restore", e);
            return FAILED;
        }
    }

    private static int backup(Environment environment, Path file) throws Exception {
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new BackupException("The folder " + file.getParent().toAbsolutePath() + " does not exist.");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (StringUtils.hasText(url)) {
            return backup(external(environment), file);
        }
        Path pg = pgFolder(environment);
        if (OrphanedPostmaster.inUse(pg)) {
            // HROS runs on this folder: its PostgreSQL answers on the port its lock file gives (line 4).
            List<String> lines = Files.readAllLines(pg.resolve("postmaster.pid"));
            int port = Integer.parseInt(lines.get(3).trim());
            log.info("HROS is running on {}: backing up through its PostgreSQL on port {}", pg, port);
            return backup(embedded("jdbc:postgresql://127.0.0.1:" + port + "/postgres"), file);
        }
        if (!Files.isRegularFile(pg.resolve("PG_VERSION"))) {
            throw new BackupException("There is no HROS database in " + pg
                    + ". Give hros.data-dir of the HROS to back up, or spring.datasource.url for an external one.");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(pg, false)) {
            return backup(embedded(postgres.getJdbcUrl("postgres", "postgres")), file);
        }
    }

    private static int backup(DriverManagerDataSource dataSource, Path file) throws Exception {
        try (var connection = dataSource.getConnection()) {
            BackupManifest manifest = DatabaseBackup.write(connection, file.toAbsolutePath());
            log.info(
                    "Backed up {} tables ({} rows) at schema version {}, as of {}, into {}",
                    manifest.tables().size(),
                    manifest.totalRows(),
                    manifest.schemaVersion(),
                    manifest.takenAt(),
                    file.toAbsolutePath());
        }
        return DONE;
    }

    private static int restore(Environment environment, Path file, boolean replace) throws Exception {
        String url = environment.getProperty("spring.datasource.url", "");
        BackupManifest manifest;
        if (StringUtils.hasText(url)) {
            manifest = DatabaseRestore.restore(external(environment), file, replace);
        } else {
            Path pg = pgFolder(environment);
            if (OrphanedPostmaster.inUse(pg)) {
                log.error("HROS is running on {}: stop it before restoring (a restore replaces what it serves).", pg);
                return DataFolderGuard.IN_USE;
            }
            if (!Files.isRegularFile(file)) {
                throw new BackupException("There is no backup file at " + file.toAbsolutePath() + ".");
            }
            try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(pg, false)) {
                manifest = DatabaseRestore.restore(postgres.getPostgresDatabase(), file, replace);
            }
        }
        log.info(
                "Restored {} tables ({} rows) at schema version {}, as of {}, from {}",
                manifest.tables().size(),
                manifest.totalRows(),
                manifest.schemaVersion(),
                manifest.takenAt(),
                file.toAbsolutePath());
        forgetSearchIndex(environment);
        return DONE;
    }

    /** The index of this machine's HROS describes the database before the restore: it is rebuilt at next start. */
    private static void forgetSearchIndex(Environment environment) throws IOException {
        String configured = environment.getProperty("hros.search.index-dir", "");
        Path index = StringUtils.hasText(configured)
                ? Path.of(configured)
                : Path.of(environment.getProperty("hros.data-dir", "./data")).resolve("index");
        if (Files.isDirectory(index)) {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            log.info("Removed the search index in {}: HROS rebuilds it when it starts", index.toAbsolutePath());
        }
        log.info("Nodes with an index of their own (another machine's data folder, OpenSearch) need"
                + " \"Rebuild the index\" in the admin area once they run.");
    }

    private static Path pgFolder(Environment environment) {
        return Path.of(environment.getProperty("hros.data-dir", "./data"))
                .resolve("pg")
                .toAbsolutePath()
                .normalize();
    }

    private static DriverManagerDataSource external(Environment environment) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        dataSource.setUrl(environment.getProperty("spring.datasource.url"));
        dataSource.setUsername(environment.getProperty("spring.datasource.username"));
        dataSource.setPassword(environment.getProperty("spring.datasource.password"));
        return dataSource;
    }

    private static DriverManagerDataSource embedded(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        dataSource.setUrl(url);
        dataSource.setUsername("postgres");
        return dataSource;
    }

    /** The command's application: the environment alone, no beans of HROS's. */
    static final class Settings {}
}
