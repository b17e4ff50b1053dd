package org.hros.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup archive holds besides the rows: the schema version its rows belong to, the tables in the order they
 * are loaded back (tables referred to before the tables referring to them), each table's columns and row count, and
 * the value of every sequence, all read in the snapshot the rows were copied in.
 *
 * @param format the archive's format, {@link #FORMAT}
 * @param schemaVersion the last Flyway migration applied when the backup was taken
 * @param takenAt when the snapshot was taken, by the database's clock
 * @param tables the tables, in loading order
 * @param sequences each sequence's last value; a sequence never used is left out
 */
record BackupManifest(
        int format, String schemaVersion, Instant takenAt, List<Table> tables, Map<String, Long> sequences) {

    /** The archive format this HROS writes and reads. */
    static final int FORMAT = 1;

    /** The manifest's entry in the archive. */
    static final String ENTRY = "manifest.properties";

    /** A table's rows in the archive: {@code COPY}'s text format, one file per table. */
    record Table(String name, List<String> columns, long rows) {

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(format));
        p.setProperty("schema-version", schemaVersion);
        p.setProperty("taken-at", takenAt.toString());
        p.setProperty(
                "tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table table : tables) {
            p.setProperty("table." + table.name() + ".columns", String.join(",", table.columns()));
            p.setProperty("table." + table.name() + ".rows", String.valueOf(table.rows()));
        }
        sequences.forEach((name, value) -> p.setProperty("sequence." + name, String.valueOf(value)));
        p.store(out, "HROS backup");
    }

    /** Reads a manifest; a missing or malformed entry is a {@link BackupException} that names it. */
    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        int format = (int) number(p, "format");
        if (format != FORMAT) {
            throw new BackupException("The backup is in format " + format + "; this HROS reads format " + FORMAT + ".");
        }
        String version = required(p, "schema-version");
        Instant takenAt;
        try {
            takenAt = Instant.parse(required(p, "taken-at"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BackupException("The backup's manifest has no valid taken-at.");
        }
        List<Table> tables = new ArrayList<>();
        String names = required(p, "tables");
        for (String name : names.isEmpty() ? new String[0] : names.split(",")) {
            String columns = required(p, "table." + name + ".columns");
            tables.add(new Table(
                    identifier(name),
                    Arrays.stream(columns.split(","))
                            .map(BackupManifest::identifier)
                            .toList(),
                    number(p, "table." + name + ".rows")));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("sequence.")) {
                sequences.put(identifier(key.substring("sequence.".length())), number(p, key));
            }
        }
        return new BackupManifest(format, version, takenAt, List.copyOf(tables), sequences);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new BackupException("The backup's manifest has no " + key + ".");
        }
        return value.trim();
    }

    private static long number(Properties p, String key) {
        try {
            return Long.parseLong(required(p, key));
        } catch (NumberFormatException e) {
            throw new BackupException("The backup's manifest has no valid " + key + ".");
        }
    }

    /**
     * HROS names its tables, columns and sequences in lower case letters, digits and underscores; anything else in
     * a manifest is refused rather than quoted into SQL.
     */
    static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new BackupException("The backup names a table, column or sequence HROS does not use: " + name);
        }
        return name;
    }
}
