package org.hros.platform.db;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every table of HROS's schema into one zip archive with {@code COPY ... TO STDOUT}, all in one read-only
 * {@code REPEATABLE READ} transaction, so the archive is one consistent snapshot however busy the nodes are; with
 * the Flyway version those rows belong to and the sequences' values ({@link BackupManifest}). HROS's own way to back
 * up, because the embedded PostgreSQL ships no {@code pg_dump} and a client of an older major version cannot dump it.
 */
final class DatabaseBackup {

    /**
     * Not backed up: Flyway's history, which a restore writes again by migrating to the recorded version, and the
     * search index's node registrations, which belong to the nodes running at the time, not to the community.
     */
    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "hsearch_agent");

    private DatabaseBackup() {}

    /** Writes the archive to {@code file}, through a temporary file beside it, so a failed backup leaves no file. */
    static BackupManifest write(Connection connection, Path file) throws SQLException, IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (OutputStream out = Files.newOutputStream(partial);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            BackupManifest manifest = copy(connection, zip);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
            zip.finish();
            out.flush();
            connection.commit();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static BackupManifest copy(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        // The first statement fixes the snapshot: everything below reads the database as it was at this instant.
        java.time.Instant takenAt;
        try (Statement statement = connection.createStatement();
                ResultSet now = statement.executeQuery("select now()")) {
            now.next();
            takenAt = now.getTimestamp(1).toInstant();
        }
        String version = schemaVersion(connection);
        CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
        List<BackupManifest.Table> tables = new ArrayList<>();
        for (String table : loadingOrder(connection)) {
            List<String> columns = columns(connection, table);
            zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
            long rows = copier.copyOut(
                    "copy " + table + " (" + String.join(", ", columns) + ") to stdout", new KeptOpen(zip));
            zip.closeEntry();
            tables.add(new BackupManifest.Table(table, columns, rows));
        }
        return new BackupManifest(BackupManifest.FORMAT, version, takenAt, List.copyOf(tables), sequences(connection));
    }

    /** The last migration applied, compared as Flyway compares versions (10 comes after 9). */
    static String schemaVersion(Connection connection) throws SQLException {
        List<MigrationVersion> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select version from flyway_schema_history where success and version is not null")) {
            while (rs.next()) {
                versions.add(MigrationVersion.fromVersion(rs.getString(1)));
            }
        } catch (SQLException noHistory) {
            throw new BackupException("The database holds no HROS schema (no Flyway history): nothing to back up.");
        }
        return versions.stream()
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElseThrow(() -> new BackupException("The database's Flyway history lists no migration."));
    }

    /** The schema's tables, HROS's own, each after every table it refers to (cycles in the order found). */
    static List<String> loadingOrder(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select c.relname from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = current_schema() and c.relkind = 'r' order by c.relname")) {
            while (rs.next()) {
                if (!LEFT_OUT.contains(rs.getString(1))) {
                    tables.add(BackupManifest.identifier(rs.getString(1)));
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select c.relname, r.relname from pg_constraint k"
                                + " join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid"
                                + " where k.contype = 'f' and k.connamespace = (select oid from pg_namespace where nspname = current_schema())")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    refersTo.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>())
                            .add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            place(table, tables, refersTo, placed, visiting, order);
        }
        return order;
    }

    private static void place(
            String table,
            Set<String> tables,
            Map<String, Set<String>> refersTo,
            Set<String> placed,
            Set<String> visiting,
            List<String> order) {
        if (placed.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String referred : refersTo.getOrDefault(table, Set.of())) {
            if (tables.contains(referred)) {
                place(referred, tables, refersTo, placed, visiting, order);
            }
        }
        visiting.remove(table);
        placed.add(table);
        order.add(table);
    }

    /** The columns a {@code COPY} writes and reads: every stored column but generated ones, in table order. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select a.attname from pg_attribute a"
                + " where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass"
                + " and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' order by a.attnum")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(BackupManifest.identifier(rs.getString(1)));
                }
            }
        }
        return columns;
    }

    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select sequencename, last_value from pg_sequences"
                        + " where schemaname = current_schema() and last_value is not null order by sequencename")) {
            while (rs.next()) {
                values.put(BackupManifest.identifier(rs.getString(1)), rs.getLong(2));
            }
        }
        return values;
    }

    /** The zip stream stays open when {@code COPY} is done with one table's entry. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
