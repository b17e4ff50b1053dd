package org.hros.export.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hros.shared.PersonalData;
import org.springframework.context.MessageSource;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes each file straight into a ZIP stream; nothing but the file being written is held in memory. */
final class ZipArchive implements PersonalData.Archive {

    private final ZipOutputStream zip;
    private final ObjectWriter json;
    private final ObjectWriter line;
    private final MessageSource messages;
    private final Locale locale;
    private final Set<String> written = new HashSet<>();

    ZipArchive(ZipOutputStream zip, JsonMapper mapper, MessageSource messages, Locale locale) {
        this.zip = zip;
        this.json = mapper.writerWithDefaultPrettyPrinter();
        this.line = mapper.writer();
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public void json(String path, Object value) {
        write(path, json.writeValueAsBytes(value));
    }

    @Override
    public void markdown(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** Writes one line of a JSON Lines file that is already open. */
    void jsonLine(Object value) {
        try {
            zip.write(line.writeValueAsBytes(value));
            zip.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a file that is written in pieces, such as a JSON Lines file; {@link #close()} ends it. */
    void open(String path) {
        if (!written.add(path)) {
            throw new IllegalStateException("Written twice: " + path);
        }
        try {
            zip.putNextEntry(new ZipEntry(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish() {
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, byte[] bytes) {
        open(path);
        try {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        close();
    }
}
