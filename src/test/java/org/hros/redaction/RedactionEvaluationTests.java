package org.hros.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.redaction.internal.RedactionEngine;
import org.hros.redaction.internal.WordLists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Measures the scanner on sets written by other people than its rules' authors, in
 * {@code src/test/resources/redaction/eval/}: {@code planted-*.yml} (paragraphs with the identifiers they hide)
 * and {@code clean-*.yml} (paragraphs that should raise nothing). Paragraphs with an odd number are the
 * development half, the only one the rules were tuned on; those with an even number are the test half, whose
 * texts and misses nobody working on the scanner reads. Each paragraph is scanned as a draft of its author.
 *
 * <p>Both halves are measured twice, with the named-entity model and with the rules alone. The table is printed
 * and written to {@code target/redaction-evaluation.txt}; misses are listed for the development half only. The
 * assertions hold the test half, with the model, at the floors recorded in docs/redaction.md.
 */
class RedactionEvaluationTests {

    /**
     * Test-half floors with the model: each a little under the figure measured when they were recorded (in
     * docs/redaction.md), so that a change that loses what was found fails here.
     */
    private static final Map<Kind, Double> RECALL_FLOORS = new EnumMap<>(Map.of(
            Kind.EMAIL, 0.97,
            Kind.PHONE, 0.96,
            Kind.URL, 0.97,
            Kind.HANDLE, 0.97,
            Kind.OWN_NAME, 0.95,
            Kind.OWN_COMPANY, 0.97,
            Kind.PERSON, 0.97,
            Kind.COMPANY, 0.76,
            Kind.COMBINATION, 0.64));

    /** Measured 89.2 %. */
    private static final double ANY_KIND_RECALL_FLOOR = 0.88;
    /** Measured 0 of 32 clean test paragraphs flagged; the target is at most 15 %. This allows 2. */
    private static final double CLEAN_FLAGGED_CEILING = 0.07;
    /** Measured 46.2 %. */
    private static final double DEIDENTIFIED_FLOOR = 0.45;

    private static final String DIR = "redaction/eval/";

    /** Figures of one half of the sets under one scanner. */
    static final class Figures {
        final Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        int expected;
        int coveredByAnyKind;
        int planted;
        int deidentified;
        int clean;
        int cleanFlagged;
        final List<String> misses = new ArrayList<>();
        final Map<Kind, Integer> missesByKind = new EnumMap<>(Kind.class);
        final List<String> cleanFlags = new ArrayList<>();

        double recall(Kind kind) {
            int[] c = byKind.get(kind);
            return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
        }

        double anyKindRecall() {
            return expected == 0 ? 1.0 : (double) coveredByAnyKind / expected;
        }

        double cleanFlaggedShare() {
            return clean == 0 ? 0.0 : (double) cleanFlagged / clean;
        }

        double deidentifiedShare() {
            return planted == 0 ? 1.0 : (double) deidentified / planted;
        }
    }

    private static final Map<String, Figures> figures = new LinkedHashMap<>();

    @BeforeAll
    static void scanAllSets() throws IOException {
        WordLists lists = WordLists.shipped();
        String model = System.getProperty("hros.redaction.model");
        RedactionScanner withModel = model == null
                ? RedactionEngine.withModel(lists, Duration.ofMinutes(2))
                : RedactionEngine.withModel(lists, model, Duration.ofMinutes(2));
        RedactionScanner rulesOnly = RedactionEngine.rulesOnly(lists);
        for (String half : List.of("dev", "test")) {
            figures.put("model " + half, new Figures());
            figures.put("rules " + half, new Figures());
        }
        for (String set : List.of("a", "b")) {
            scanPlanted(load(DIR + "planted-" + set + ".yml"), withModel, "model");
            scanPlanted(load(DIR + "planted-" + set + ".yml"), rulesOnly, "rules");
            scanClean(load(DIR + "clean-" + set + ".yml"), withModel, "model");
            scanClean(load(DIR + "clean-" + set + ".yml"), rulesOnly, "rules");
        }
        String table = table();
        System.out.println(table);
        Path out = Path.of("target", "redaction-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    @SuppressWarnings("unchecked")
    private static void scanPlanted(Map<String, Object> set, RedactionScanner scanner, String mode) {
        Map<String, Map<String, String>> authors = (Map<String, Map<String, String>>) set.get("authors");
        for (Map<String, Object> p : (List<Map<String, Object>>) set.get("paragraphs")) {
            String id = String.valueOf(p.get("id"));
            Figures f = figures.get(mode + " " + half(id));
            List<Finding> found = scanner.scan(
                            (String) p.get("text"), identity(authors.get(String.valueOf(p.get("author")))))
                    .findings();
            boolean all = true;
            f.planted++;
            for (Map<String, Object> e : (List<Map<String, Object>>) p.getOrDefault("expected", List.of())) {
                Kind kind = Kind.valueOf(String.valueOf(e.get("kind")));
                String text = String.valueOf(e.get("text"));
                int[] c = f.byKind.computeIfAbsent(kind, k -> new int[2]);
                c[1]++;
                f.expected++;
                boolean sameKind = found.stream().anyMatch(x -> x.kind() == kind && covers(x, text));
                boolean anyKind = found.stream().anyMatch(x -> covers(x, text));
                if (sameKind) {
                    c[0]++;
                }
                if (anyKind) {
                    f.coveredByAnyKind++;
                } else {
                    all = false;
                }
                if (!sameKind) {
                    f.misses.add(id + " " + kind + " \"" + text + "\"" + span((String) p.get("text"), text)
                            + (anyKind ? " (found as another kind)" : "") + near(found, (String) p.get("text"), text));
                    f.missesByKind.merge(kind, 1, Integer::sum);
                }
            }
            if (all) {
                f.deidentified++;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void scanClean(Map<String, Object> set, RedactionScanner scanner, String mode) {
        Map<String, Map<String, String>> authors = (Map<String, Map<String, String>>) set.get("authors");
        for (Map<String, Object> p : (List<Map<String, Object>>) set.get("paragraphs")) {
            String id = String.valueOf(p.get("id"));
            Figures f = figures.get(mode + " " + half(id));
            Map<String, String> author = authors == null ? null : authors.get(String.valueOf(p.get("author")));
            List<Finding> found = scanner.scan(
                            (String) p.get("text"), author == null ? AuthorIdentity.UNKNOWN : identity(author))
                    .findings();
            f.clean++;
            if (!found.isEmpty()) {
                f.cleanFlagged++;
                found.forEach(x -> f.cleanFlags.add(id + " " + x.kind() + " \"" + x.text() + "\""));
            }
        }
    }

    /** Where a missed text stands in its paragraph, as character offsets: “at 212–216”. */
    private static String span(String paragraph, String expected) {
        int at = paragraph.toLowerCase(Locale.ROOT).indexOf(expected.toLowerCase(Locale.ROOT));
        return at < 0 ? "" : " at " + at + "\u2013" + (at + expected.length());
    }

    /** What was found where a missed text stands, to tell a wrong kind or span from nothing at all. */
    private static String near(List<Finding> found, String paragraph, String expected) {
        int at = paragraph.toLowerCase(Locale.ROOT).indexOf(expected.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return "";
        }
        int end = at + expected.length();
        List<String> overlapping = found.stream()
                .filter(x -> x.start() < end && at < x.end())
                .map(x -> x.kind() + " \"" + x.text() + "\"")
                .toList();
        return overlapping.isEmpty() ? "" : " [found " + String.join(", ", overlapping) + "]";
    }

    /** A finding covers an expected text when its text contains it, ignoring case and spacing. */
    private static boolean covers(Finding f, String expected) {
        return normal(f.text()).contains(normal(expected));
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Odd paragraph numbers are the development half, even ones the test half. */
    static String half(String id) {
        String digits = id.replaceAll("\\D", "");
        return Integer.parseInt(digits) % 2 == 1 ? "dev" : "test";
    }

    @Test
    void testHalfRecallStaysAtItsFloors() {
        Figures test = figures.get("model test");
        for (Map.Entry<Kind, Double> floor : RECALL_FLOORS.entrySet()) {
            assertThat(test.recall(floor.getKey()))
                    .as("test-half recall of %s", floor.getKey())
                    .isGreaterThanOrEqualTo(floor.getValue());
        }
        assertThat(test.anyKindRecall()).as("test-half recall, any kind").isGreaterThanOrEqualTo(ANY_KIND_RECALL_FLOOR);
    }

    @Test
    void testHalfCleanParagraphsAreRarelyFlagged() {
        assertThat(figures.get("model test").cleanFlaggedShare()).isLessThanOrEqualTo(CLEAN_FLAGGED_CEILING);
    }

    @Test
    void testHalfParagraphsAreOftenFullyDeidentified() {
        assertThat(figures.get("model test").deidentifiedShare()).isGreaterThanOrEqualTo(DEIDENTIFIED_FLOOR);
    }

    @Test
    void bothHalvesAreLargeEnoughToMeanSomething() {
        for (String half : List.of("dev", "test")) {
            Figures f = figures.get("model " + half);
            assertThat(f.planted).as("%s planted paragraphs", half).isGreaterThanOrEqualTo(30);
            assertThat(f.clean).as("%s clean paragraphs", half).isGreaterThanOrEqualTo(15);
        }
    }

    private static String table() {
        StringBuilder out = new StringBuilder("\nRedaction evaluation (sets in src/test/resources/redaction/eval)\n");
        List<String> columns = List.of("rules dev", "model dev", "rules test", "model test");
        out.append(String.format("%-22s", "figure"));
        columns.forEach(c -> out.append(String.format("%16s", c)));
        out.append('\n');
        for (Kind kind : Kind.values()) {
            out.append(String.format("%-22s", "recall " + kind));
            for (String c : columns) {
                int[] n = figures.get(c).byKind.getOrDefault(kind, new int[2]);
                out.append(String.format(
                        "%16s",
                        String.format("%5.1f%% %3d/%-3d", 100.0 * figures.get(c).recall(kind), n[0], n[1])));
            }
            out.append('\n');
        }
        row(
                out,
                columns,
                "recall, any kind",
                f -> String.format("%5.1f%% %3d/%-3d", 100 * f.anyKindRecall(), f.coveredByAnyKind, f.expected));
        row(
                out,
                columns,
                "fully de-identified",
                f -> String.format("%5.1f%% %3d/%-3d", 100 * f.deidentifiedShare(), f.deidentified, f.planted));
        row(
                out,
                columns,
                "clean with any flag",
                f -> String.format("%5.1f%% %3d/%-3d", 100 * f.cleanFlaggedShare(), f.cleanFlagged, f.clean));
        for (String mode : List.of("model dev", "rules dev")) {
            Figures f = figures.get(mode);
            out.append("\n")
                    .append(mode)
                    .append(" misses (")
                    .append(f.misses.size())
                    .append(", by kind ")
                    .append(f.missesByKind)
                    .append("):\n");
            f.misses.forEach(m -> out.append("  ").append(m).append('\n'));
            out.append(mode)
                    .append(" flags on clean paragraphs (")
                    .append(f.cleanFlags.size())
                    .append("):\n");
            f.cleanFlags.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        out.append("\n(test-half misses are not listed: nobody tunes on them)\n");
        return out.toString();
    }

    private static void row(
            StringBuilder out, List<String> columns, String label, java.util.function.Function<Figures, String> cell) {
        out.append(String.format("%-22s", label));
        columns.forEach(c -> out.append(String.format("%16s", cell.apply(figures.get(c)))));
        out.append('\n');
    }

    private static AuthorIdentity identity(Map<String, String> a) {
        return new AuthorIdentity(
                a.get("displayName"), a.get("handle"), a.get("email"), a.get("company"), a.get("headline"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String resource) throws IOException {
        try (InputStream in = RedactionEvaluationTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("evaluation set %s", resource).isNotNull();
            return new LinkedHashMap<>(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        }
    }
}
