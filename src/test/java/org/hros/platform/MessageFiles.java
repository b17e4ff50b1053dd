package org.hros.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * HROS's message files as the application loads them: the leftover {@code messages.properties} and one file per
 * module under {@code messages/}.
 */
final class MessageFiles {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path LEFTOVER = RESOURCES.resolve("messages.properties");
    static final Path MODULES = RESOURCES.resolve("messages");

    private MessageFiles() {}

    /** Every message file, the leftover first. */
    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.exists(LEFTOVER)) {
            files.add(LEFTOVER);
        }
        try (Stream<Path> modules = Files.list(MODULES)) {
            modules.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(files::add);
        }
        return files;
    }

    static Properties load(Path file) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    /** All messages of all files together. */
    static Properties all() throws IOException {
        Properties all = new Properties();
        for (Path file : files()) {
            all.putAll(load(file));
        }
        return all;
    }
}
