package org.hros.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link DatabaseBackup} archive into an empty database: Flyway migrates it to the version the backup
 * recorded, then one transaction empties what the migrations seeded, copies every table back with
 * {@code COPY ... FROM STDIN} (triggers and foreign-key checks off: the rows come from one consistent snapshot), sets
 * every sequence to its backed-up value and checks each table's row count against the manifest. A failure anywhere
 * leaves no row of the backup behind.
 */
final class DatabaseRestore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

    static final String MIGRATIONS = "classpath:db/migration";

    private DatabaseRestore() {}

    /**
     * Restores {@code file} into the database {@code dataSource} reaches. A database with any table in its schema is
     * refused unless {@code replace} is set; then the schema is dropped with everything in it and made anew.
     */
    static BackupManifest restore(DataSource dataSource, Path file, boolean replace) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("There is no backup file at " + file.toAbsolutePath() + ".");
        }
        try (ZipFile zip = open(file)) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                throw new BackupException(file + " is not an HROS backup (it has no " + BackupManifest.ENTRY + ").");
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = BackupManifest.read(in);
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                    .load();
            refuseNewerSchema(flyway, manifest);
            try (Connection connection = dataSource.getConnection()) {
                emptySchema(connection, replace);
            }
            log.info("Migrating the database to version {}, the backup's", manifest.schemaVersion());
            flyway.migrate();
            try (Connection connection = dataSource.getConnection()) {
                load(connection, zip, manifest);
            }
            return manifest;
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupException(file + " is not an HROS backup (not a zip archive).");
        }
    }

    private static void refuseNewerSchema(Flyway flyway, BackupManifest manifest) {
        MigrationVersion wanted = MigrationVersion.fromVersion(manifest.schemaVersion());
        MigrationVersion newestKnown = MigrationVersion.EMPTY;
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion() != null && migration.getVersion().compareTo(newestKnown) > 0) {
                newestKnown = migration.getVersion();
            }
        }
        if (wanted.compareTo(newestKnown) > 0) {
            throw new BackupException(
                    "The backup was taken at schema version " + wanted + ", newer than this HROS knows (" + newestKnown
                            + "): restore it with that release or a later one.");
        }
    }

    private static void emptySchema(Connection connection, boolean replace) throws SQLException {
        int relations;
        String schema;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select current_schema(), (select count(*) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema()"
                        + " and c.relkind in ('r', 'p', 'v', 'm', 'S'))")) {
            rs.next();
            schema = rs.getString(1);
            relations = rs.getInt(2);
        }
        if (schema == null) {
            throw new BackupException("The database has no schema to restore into (its search_path names none).");
        }
        if (relations == 0) {
            return;
        }
        if (!replace) {
            throw new BackupException("The database is not empty (schema " + schema + " holds " + relations
                    + " tables, views or sequences). Restore into an empty database, or add"
                    + " --hros.restore.replace=true to drop everything in it first.");
        }
        log.warn(
                "Dropping schema {} with everything in it ({} tables, views or sequences), as asked",
                schema,
                relations);
        try (Statement statement = connection.createStatement()) {
            String quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
            statement.execute("drop schema " + quoted + " cascade");
            statement.execute("create schema " + quoted);
        }
    }

    private static void load(Connection connection, ZipFile zip, BackupManifest manifest)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            List<String> present = DatabaseBackup.loadingOrder(connection);
            for (BackupManifest.Table table : manifest.tables()) {
                if (!present.contains(table.name())) {
                    throw new BackupException("The backup holds table " + table.name()
                            + ", which the migrations up to version " + manifest.schemaVersion() + " do not create.");
                }
            }
            List<String> triggersOff = withoutTriggers(connection, present);
            try (Statement statement = connection.createStatement()) {
                // What the migrations seeded makes way for the backup's rows.
                if (!present.isEmpty()) {
                    statement.execute("truncate table " + String.join(", ", present));
                }
            }
            CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.Table table : manifest.tables()) {
                ZipEntry entry = zip.getEntry(table.entry());
                if (entry == null) {
                    throw new BackupException("The backup lists table " + table.name() + " but holds no rows for it.");
                }
                long rows;
                try (InputStream in = zip.getInputStream(entry)) {
                    rows = copier.copyIn(
                            "copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin", in);
                }
                if (rows != table.rows()) {
                    throw new BackupException("Table " + table.name() + " has " + rows + " rows in the backup file,"
                            + " but the backup recorded " + table.rows() + ": the file is damaged.");
                }
            }
            restoreSequences(connection, manifest);
            try (Statement statement = connection.createStatement()) {
                for (String table : triggersOff) {
                    statement.execute("alter table " + table + " enable trigger user");
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Triggers and foreign-key checks off for this transaction: as a replica, when the role may say so (a superuser,
     * as on the embedded database), else each table's own triggers are disabled (its owner may) and the tables are
     * loaded in an order that puts every referred row first. Returns the tables whose triggers to enable again.
     */
    private static List<String> withoutTriggers(Connection connection, List<String> tables) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            connection.releaseSavepoint(before);
            return List.of();
        } catch (SQLException notAllowed) {
            connection.rollback(before);
            log.info(
                    "Not allowed to load as a replica ({}); disabling each table's triggers instead",
                    notAllowed.getMessage());
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("alter table " + table + " disable trigger user");
            }
        }
        return tables;
    }

    private static void restoreSequences(Connection connection, BackupManifest manifest) throws SQLException {
        Set<String> restored = new HashSet<>();
        try (PreparedStatement setval = connection.prepareStatement(
                "select setval((quote_ident(current_schema()) || '.' || quote_ident(?))::regclass, ?, true)")) {
            for (var sequence : manifest.sequences().entrySet()) {
                setval.setString(1, sequence.getKey());
                setval.setLong(2, sequence.getValue());
                setval.executeQuery().close();
                restored.add(sequence.getKey());
            }
        }
        // A sequence the backup's database had never used starts afresh, whatever the migrations' seeds took from it.
        List<String> unused = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select sequencename from pg_sequences where schemaname = current_schema()")) {
            while (rs.next()) {
                if (!restored.contains(rs.getString(1))) {
                    unused.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement restart = connection.prepareStatement(
                "select setval((quote_ident(current_schema()) || '.' || quote_ident(sequencename))::regclass, start_value, false)"
                        + " from pg_sequences where schemaname = current_schema() and sequencename = ?")) {
            for (String sequence : unused) {
                restart.setString(1, sequence);
                restart.executeQuery().close();
            }
        }
    }
}
