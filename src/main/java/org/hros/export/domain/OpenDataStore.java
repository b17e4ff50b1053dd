package org.hros.export.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dump in PostgreSQL: one row, replaced as a whole, so that every node serves the same file. */
@Component
class OpenDataStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OpenDataStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces the dump with the file at {@code file}, in one transaction: readers see the old one or the new. */
    @Transactional
    void replace(Path file, Instant builtAt, String sha256, int cases) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            // Two nodes rebuilding at once (the lock lapsed) take turns: one dump row, never two.
            jdbc.sql("lock table open_data_dump in exclusive mode").update();
            jdbc.sql("delete from open_data_dump").update();
            template.update(
                    "insert into open_data_dump (built_at, sha256, size_bytes, case_count, content)"
                            + " values (?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setTimestamp(1, Timestamp.from(builtAt));
                        ps.setString(2, sha256);
                        ps.setLong(3, size);
                        ps.setInt(4, cases);
                        ps.setBinaryStream(5, in, size);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    Optional<OpenDataInfo> current() {
        return jdbc.sql("select built_at, sha256, size_bytes, case_count from open_data_dump"
                        + " order by built_at desc limit 1")
                .query((rs, i) ->
                        new OpenDataInfo(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .optional();
    }

    /** The bytes of the dump whose digest is {@code sha256}, unless it was replaced meanwhile. */
    @Transactional(readOnly = true)
    Optional<byte[]> content(String sha256) {
        return jdbc.sql("select content from open_data_dump where sha256 = ?")
                .param(sha256)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }
}
