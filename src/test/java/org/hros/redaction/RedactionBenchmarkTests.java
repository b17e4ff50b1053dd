package org.hros.redaction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.redaction.internal.RedactionEngine;
import org.hros.redaction.internal.WordLists;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How long a whole case of 2,000 words takes to scan, with the named-entity model and with the rules alone: a
 * benchmark, not a test (tagged {@code slow}, run by {@code bench/redaction.sh} or {@code ./mvnw -Pbench}). It
 * warms up first, then prints p50, p99 and the maximum, and writes them to {@code target/redaction-bench.txt}.
 */
@Tag("slow")
class RedactionBenchmarkTests {

    private static final int WORDS = 2_000;
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int RUNS = Integer.getInteger("bench.runs", 500);

    @Test
    void scanningA2000WordCase() throws IOException {
        Map<String, String> sections = caseOf(WORDS);
        AuthorIdentity author = new AuthorIdentity(
                "Aino Kettunen", "aino_k", "aino.kettunen@example.fi", "Vaskiworks Oy", "Talent Lead at Vaskiworks");
        WordLists lists = WordLists.shipped();
        StringBuilder out = new StringBuilder("\nRedaction scan of one case of ")
                .append(WORDS)
                .append(" words in ")
                .append(sections.size())
                .append(" sections (")
                .append(WARMUP)
                .append(" warm-up scans, ")
                .append(RUNS)
                .append(" measured, one thread)\n");
        long started = System.nanoTime();
        RedactionScanner withModel = RedactionEngine.withModel(lists, Duration.ofMinutes(2));
        withModel.scan("Warming up with Ngozi Eze in Lagos.", author);
        out.append(String.format("model load and first scan: %d ms%n", (System.nanoTime() - started) / 1_000_000));
        out.append(measure("rules and model", withModel, sections, author));
        out.append(measure("rules alone", RedactionEngine.rulesOnly(lists), sections, author));
        System.out.println(out);
        Path file = Path.of("target", "redaction-bench.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static String measure(
            String label, RedactionScanner scanner, Map<String, String> sections, AuthorIdentity author) {
        for (int i = 0; i < WARMUP; i++) {
            scanner.review(sections, author, Set.of());
        }
        long[] nanos = new long[RUNS];
        int findings = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            findings = scanner.review(sections, author, Set.of()).findings().size();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return String.format(
                "%-16s p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms   (%d findings)%n",
                label, ms(nanos[RUNS / 2]), ms(nanos[(int) Math.ceil(RUNS * 0.99) - 1]), ms(nanos[RUNS - 1]), findings);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Realistic text: the evaluation paragraphs one after another, cut into nine sections, to 2,000 words. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> caseOf(int words) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String set : List.of("planted-a", "planted-b", "clean-a", "clean-b")) {
            try (InputStream in = RedactionBenchmarkTests.class
                    .getClassLoader()
                    .getResourceAsStream("redaction/eval/" + set + ".yml")) {
                Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                for (Map<String, Object> p : (List<Map<String, Object>>) yaml.get("paragraphs")) {
                    paragraphs.add(((String) p.get("text")).strip());
                }
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        int count = 0;
        int section = 0;
        StringBuilder current = new StringBuilder();
        for (String p : paragraphs) {
            if (count >= words) {
                break;
            }
            current.append(p).append("\n\n");
            count += p.split("\\s+").length;
            if (current.length() > 1_500) {
                sections.put("section" + section++, current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            sections.put("section" + section, current.toString());
        }
        return sections;
    }
}
