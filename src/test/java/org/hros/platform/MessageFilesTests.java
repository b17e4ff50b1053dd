package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Texts live in one file per module ({@code messages/<module>.properties}, those several modules use in
 * {@code messages/platform.properties}): each key in exactly one file, every file loaded, and every key that a
 * template or a class names defined somewhere.
 */
class MessageFilesTests {

    /** A literal that reads like a message key: dotted words, starting lower-case. */
    private static final Pattern KEY_LIKE =
            Pattern.compile("(?<=\")\\{?([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\\}?(?=\")");

    /** Dotted literals that name files rather than texts. */
    private static final Pattern FILE_NAME =
            Pattern.compile("\\.(json|jte|ics|csv|atom|xml|txt|properties|html|md|zip|png|jpg|svg|css|js|sql)$");

    /** Event names that webhooks send on the wire, not texts. */
    private static final Path WIRE_NAMES = Path.of("src/main/java/org/hros/webhook/domain/WebhookEventType.java");

    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:\\s]");

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, List<String>> where = new HashMap<>();
        for (Path file : MessageFiles.files()) {
            boolean continued = false;
            for (String line : Files.readAllLines(file)) {
                if (!continued) {
                    Matcher key = KEY_LINE.matcher(line);
                    if (key.find()) {
                        where.computeIfAbsent(key.group(1), k -> new ArrayList<>())
                                .add(file.getFileName().toString());
                    }
                }
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
            }
        }
        assertThat(where).as("message files read").hasSizeGreaterThan(2000);
        Set<String> twice = where.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(twice).as("keys defined more than once").isEmpty();
    }

    @Test
    void everyModuleFileIsLoadedByTheApplication() throws IOException {
        Properties application = new Properties();
        try (var in = Files.newBufferedReader(MessageFiles.RESOURCES.resolve("application.properties"))) {
            application.load(in);
        }
        Set<String> basenames =
                Set.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
        assertThat(basenames).contains("messages", "messages/platform");
        try (Stream<Path> files = Files.list(MessageFiles.MODULES)) {
            assertThat(files.map(f -> "messages/" + f.getFileName().toString().replace(".properties", "")))
                    .as("module files")
                    .hasSizeGreaterThan(10)
                    .allMatch(basenames::contains, "listed in spring.messages.basename");
        }
    }

    @Test
    void everyKeyTheTemplatesAndClassesNameExists() throws IOException {
        Properties messages = MessageFiles.all();
        Set<String> families = messages.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        // "mail.verify" + ".subject": a literal from which keys are built is not a key itself.
        Set<String> stems = new HashSet<>();
        for (String key : messages.stringPropertyNames()) {
            for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
                stems.add(key.substring(0, dot));
            }
        }
        Set<String> missing = new TreeSet<>();
        int named = 0;
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(root)) {
                sources = walk.filter(p ->
                                p.toString().endsWith(".jte") || p.toString().endsWith(".java"))
                        .filter(p -> !p.equals(WIRE_NAMES))
                        .toList();
            }
            for (Path source : sources) {
                Matcher literal = KEY_LIKE.matcher(Files.readString(source));
                while (literal.find()) {
                    String key = literal.group(1);
                    if (!families.contains(key.substring(0, key.indexOf('.')))
                            || FILE_NAME.matcher(key).find()
                            || stems.contains(key)) {
                        continue;
                    }
                    named++;
                    if (!messages.containsKey(key)) {
                        missing.add(root.relativize(source) + ": " + key);
                    }
                }
            }
        }
        assertThat(named).as("keys named in templates and classes").isGreaterThan(1500);
        assertThat(missing).as("keys named but defined in no message file").isEmpty();
    }
}
