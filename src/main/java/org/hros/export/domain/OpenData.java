package org.hros.export.domain;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipOutputStream;
import org.hros.casestudy.OpenLibrary;
import org.hros.platform.HrosProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data dump: every published case under its licence, as one JSON Lines file and one Markdown file per
 * case, in one ZIP with a README. Built from {@link OpenLibrary} into a temporary file, then stored in PostgreSQL in
 * one transaction, so every node serves the same bytes and readers never see half a dump.
 */
@Service
public class OpenData {

    /** The dump's file name, in its address and when it is saved. */
    public static final String FILE_NAME = "hros-open-data.zip";

    private final OpenLibrary library;
    private final OpenDataStore store;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    OpenData(
            OpenLibrary library,
            OpenDataStore store,
            JsonMapper json,
            MessageSource messages,
            Clock clock,
            HrosProperties hrosProperties) {
        this.library = library;
        this.store = store;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = hrosProperties.baseUrl();
    }

    public Optional<OpenDataInfo> current() {
        return store.current();
    }

    /** The bytes of {@code info}'s dump; empty when a newer dump replaced it meanwhile. */
    public Optional<byte[]> content(OpenDataInfo info) {
        return store.content(info.sha256());
    }

    /** Whether there is no dump yet, or a case left the library (withdrawn, taken down) since it was built. */
    public boolean stale() {
        Optional<OpenDataInfo> current = store.current();
        if (current.isEmpty()) {
            return true;
        }
        return library.lastDeparture()
                .filter(t -> !t.isBefore(current.get().builtAt()))
                .isPresent();
    }

    /** Builds a new dump from the library as it is now and replaces the current one. */
    public OpenDataInfo rebuild() {
        Instant builtAt = clock.instant();
        Path zipFile = null;
        Path lines = null;
        try {
            zipFile = Files.createTempFile("hros-open-data", ".zip");
            lines = Files.createTempFile("hros-open-data", ".jsonl");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            AtomicInteger count = new AtomicInteger();
            try (OutputStream file =
                            new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(zipFile)), sha256);
                    OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(lines))) {
                ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8);
                ZipArchive archive = new ZipArchive(zip, json, messages, Locale.ENGLISH);
                OpenDataFormat format = new OpenDataFormat(archive, baseUrl);
                archive.markdown("README.md", format.readme(builtAt));
                // One pass over the library: each case's Markdown goes into the archive at once, its JSON line into
                // a side file that becomes cases.jsonl at the end.
                library.forEachOpenCase(c -> {
                    archive.markdown(format.markdownPath(c.view()), format.markdown(c));
                    try {
                        jsonl.write(json.writeValueAsBytes(format.record(c)));
                        jsonl.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count.incrementAndGet();
                });
                jsonl.flush();
                archive.open("cases.jsonl");
                try (InputStream in = Files.newInputStream(lines)) {
                    in.transferTo(zip);
                }
                archive.close();
                archive.finish();
            }
            String digest = HexFormat.of().formatHex(sha256.digest());
            store.replace(zipFile, builtAt, digest, count.get());
            return store.current().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            delete(zipFile);
            delete(lines);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is the system's to clean.
            }
        }
    }
}
