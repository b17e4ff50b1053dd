package org.hros.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, sent to PostgreSQL with {@code COPY ... FROM STDIN} (text format) every few thousand rows.
 * Constraints, defaults, foreign keys and indexes apply as they do to an insert.
 */
final class CopyTable implements AutoCloseable {

    private static final int FLUSH_AT = 4 << 20;

    private final CopyManager copy;
    private final String sql;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private final boolean sendWhenFull;
    private boolean first = true;
    private long count;

    /** Rows sent only when {@link #flush()} is called: rows of other tables may have to go first. */
    CopyTable(Connection connection, String table, String columns) throws SQLException {
        this(connection, table, columns, false);
    }

    /** {@code sendWhenFull}: rows may be sent whenever a few megabytes are waiting (nothing refers to them yet). */
    CopyTable(Connection connection, String table, String columns, boolean sendWhenFull) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sql = "copy " + table + " (" + columns + ") from stdin";
        this.sendWhenFull = sendWhenFull;
    }

    /** Appends one field of the current row; {@code null} is SQL null. */
    CopyTable add(Object value) {
        if (!first) {
            rows.append('\t');
        }
        first = false;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Instant instant) {
            rows.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof float[] vector) {
            rows.append('{');
            for (int i = 0; i < vector.length; i++) {
                rows.append(i == 0 ? "" : ",").append(vector[i]);
            }
            rows.append('}');
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** Ends the current row, and sends the rows so far when there are enough of them and that is allowed. */
    void end() throws SQLException {
        rows.append('\n');
        first = true;
        count++;
        if (sendWhenFull && rows.length() >= FLUSH_AT) {
            flush();
        }
    }

    long count() {
        return count;
    }

    void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
        rows.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
