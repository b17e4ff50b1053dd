package org.hros.search.evaluation;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hros.casestudy.Section;
import org.hros.search.evaluation.EvaluationSet.Half;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A tuning tool, not a test: how to represent a case for meaning (one vector of its gist, one per section, windows
 * of its whole text) and how to fuse that with words, measured on the development half only, with exact cosines
 * over every case. {@code ./mvnw -B test -Dtest=DenseRepresentationExperiment -Deval.dense=true}
 */
@EnabledIfSystemProperty(named = "eval.dense", matches = "true")
class DenseRepresentationExperiment {

    private static final Path CACHE = Path.of("target", "dense-cache.ser");

    private static Map<String, float[]> cache = new HashMap<>();

    @SuppressWarnings("unchecked")
    private static void loadCache() throws Exception {
        if (Files.exists(CACHE)) {
            try (var in = new java.io.ObjectInputStream(Files.newInputStream(CACHE))) {
                cache = (Map<String, float[]>) in.readObject();
            }
        }
    }

    private static void saveCache() throws Exception {
        try (var out = new java.io.ObjectOutputStream(Files.newOutputStream(CACHE))) {
            out.writeObject(new HashMap<>(cache));
        }
    }

    static float[] embed(EmbeddingModel model, String text) {
        return cache.computeIfAbsent(text, t -> unit(model.embed(t).content().vector()));
    }

    record Vectors(float[] gist, List<float[]> sections, List<float[]> windows, float[] whole) {}

    @Test
    void compareRepresentations() throws Exception {
        EvaluationSet set = EvaluationSet.load();
        Half half = Half.valueOf(System.getProperty("eval.half", "DEVELOPMENT"));
        List<EvaluationSet.Judged> queries = set.half(half);
        EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
        loadCache();
        Map<String, Vectors> vectors = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (EvaluationSet.EvalCase c : set.cases()) {
            vectors.put(c.id(), vectors(model, c));
        }
        System.out.printf("embedded %d cases in %d s%n", vectors.size(), (System.nanoTime() - start) / 1_000_000_000L);
        Map<String, float[]> q = new HashMap<>();
        for (EvaluationSet.Judged j : set.queries()) {
            q.put(j.query(), embed(model, j.query()));
        }
        saveCache();
        PlainBm25 bm25 = new PlainBm25(set.cases());
        Map<String, List<String>> lexical = lexicalRanking(queries);

        List<String> lines = new ArrayList<>();
        lines.add(half + " half, dense alone, exact cosine over all cases");
        lines.add(Scores.header());
        Map<String, Function<Vectors, Function<float[], Double>>> dense = new LinkedHashMap<>();
        dense.put("gist", v -> x -> dot(x, v.gist()));
        dense.put("whole (512 tokens)", v -> x -> dot(x, v.whole()));
        dense.put("max section", v -> x -> max(x, v.sections()));
        dense.put("max window", v -> x -> max(x, v.windows()));
        dense.put("mean top2 windows", v -> x -> topMean(x, v.windows(), 2));
        dense.put("gist + max section", v -> x -> (dot(x, v.gist()) + max(x, v.sections())) / 2);
        dense.put("gist + max window", v -> x -> (dot(x, v.gist()) + max(x, v.windows())) / 2);
        dense.put("gist + whole", v -> x -> (dot(x, v.gist()) + dot(x, v.whole())) / 2);
        dense.put("max(gist, sections)", v -> x -> Math.max(dot(x, v.gist()), max(x, v.sections())));
        dense.put("gist+whole+maxsec", v -> x -> (dot(x, v.gist()) + dot(x, v.whole()) + max(x, v.sections())) / 3);
        Map<String, Function<String, List<String>>> denseSystems = new LinkedHashMap<>();
        dense.forEach((name, score) -> denseSystems.put(name, query -> rank(vectors, score, q.get(query), 100)));
        denseSystems.forEach(
                (name, system) -> lines.add(Scores.of(queries, system).row(name)));
        lines.add(Scores.of(queries, x -> bm25.search(x, 10)).row("plain BM25"));
        if (lexical != null) {
            lines.add(Scores.of(queries, x -> lexical.get(key(x))).row("HROS words only"));
        }
        lines.add("");
        lines.add("fused by reciprocal rank with words (" + (lexical != null ? "HROS words" : "plain BM25")
                + "), k=60, weight of meaning w, meaning's top n");
        Function<String, List<String>> words = lexical != null ? x -> lexical.get(key(x)) : x -> bm25.search(x, 100);
        for (String name : List.of(
                "gist",
                "gist + max section",
                "gist + max window",
                "max section",
                "gist+whole+maxsec",
                "gist + whole")) {
            for (float w : new float[] {0.3f, 0.6f, 1.0f, 1.5f}) {
                for (int n : new int[] {20, 40}) {
                    Function<String, List<String>> d = denseSystems.get(name);
                    lines.add(Scores.of(queries, x -> rrf(words.apply(x), d.apply(x), w, n, 60))
                            .row(String.format(Locale.ROOT, "%s w%.1f n%d", name, w, n)));
                }
            }
        }
        lines.add("");
        lines.add("three lists: words, gist's neighbours and whole text's neighbours, each its own k-NN (40)");
        Function<String, List<String>> wholeRank = denseSystems.get("whole (512 tokens)");
        Function<String, List<String>> gistOnly = denseSystems.get("gist");
        for (float wg : new float[] {0.3f, 0.6f, 1.0f}) {
            for (float ww : new float[] {0.3f, 0.6f, 1.0f}) {
                lines.add(Scores.of(queries, x -> rrf3(words.apply(x), gistOnly.apply(x), wg, wholeRank.apply(x), ww))
                        .row(String.format(Locale.ROOT, "3 lists gist %.1f whole %.1f", wg, ww)));
            }
        }
        lines.add("");
        lines.add("topics of the fused top m lift the cases sharing them (bonus l in units of a first rank)");
        Map<String, java.util.Set<String>> topics = new HashMap<>();
        for (EvaluationSet.EvalCase c : set.cases()) {
            java.util.Set<String> t = new java.util.HashSet<>();
            c.command().topics().forEach(x -> t.add("t:" + x));
            c.command().skills().forEach(x -> t.add("s:" + x));
            topics.put(c.id(), t);
        }
        for (int m : new int[] {1, 3}) {
            for (float l : new float[] {0.2f, 0.4f, 0.8f}) {
                lines.add(Scores.of(queries, x -> {
                            List<String> first = rrfAll(words.apply(x), gistOnly.apply(x), 0.6f, 40, 60);
                            return topicLift(first, topics, m, l);
                        })
                        .row(String.format(Locale.ROOT, "topic lift m%d l%.1f", m, l)));
            }
        }
        lines.add("");
        lines.add("pseudo-relevance feedback: q' = q + b * mean(gist of the fused top m), then meaning again, fused");
        Function<String, List<String>> gistRank = denseSystems.get("gist");
        for (String rep : List.of("gist", "whole")) {
            for (int m : new int[] {3, 5}) {
                for (float b : new float[] {0.5f, 1.0f, 2.0f}) {
                    for (float w : new float[] {0.6f, 1.0f, 1.5f}) {
                        Function<String, List<String>> system = x -> {
                            List<String> first = rrf(words.apply(x), gistRank.apply(x), 0.6f, 40, 60);
                            float[] expanded = expand(q.get(x), first, m, b, vectors, rep);
                            List<String> second = rank(vectors, dense.get("gist + max section"), expanded, 100);
                            return rrf(words.apply(x), second, w, 40, 60);
                        };
                        lines.add(Scores.of(queries, system)
                                .row(String.format(Locale.ROOT, "prf %s m%d b%.1f w%.1f", rep, m, b, w)));
                    }
                }
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "dense-experiment.txt"), lines);
    }

    /** The HROS words-only ranking dumped by SearchEvaluationTests, if present. */
    private static Map<String, List<String>> lexicalRanking(List<EvaluationSet.Judged> queries) throws Exception {
        Path file = Path.of("target", "lexical-ranking.tsv");
        if (!Files.exists(file)) {
            return null;
        }
        Map<String, List<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t");
            out.put(parts[0], parts.length > 1 ? Arrays.asList(parts[1].split(",")) : List.of());
        }
        return out;
    }

    static float[] expand(float[] q, List<String> top, int m, float b, Map<String, Vectors> vectors, String rep) {
        float[] sum = q.clone();
        int n = Math.min(m, top.size());
        for (int i = 0; i < n; i++) {
            Vectors v = vectors.get(top.get(i));
            float[] r = rep.equals("gist") ? v.gist() : v.whole();
            for (int d = 0; d < sum.length; d++) {
                sum[d] += b * r[d] / n;
            }
        }
        return unit(sum);
    }

    static List<String> rrf3(List<String> words, List<String> a, float wa, List<String> b, float wb) {
        Map<String, Double> score = new HashMap<>();
        addRanks(score, words, 1, words.size(), 60);
        addRanks(score, a, wa, 40, 60);
        addRanks(score, b, wb, 40, 60);
        return top(score, 10);
    }

    static List<String> rrfAll(List<String> words, List<String> meaning, float w, int n, int k) {
        return rrf(words, meaning, w, n, k, 30);
    }

    static List<String> topicLift(List<String> ranked, Map<String, java.util.Set<String>> topics, int m, float l) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < Math.min(m, ranked.size()); i++) {
            topics.get(ranked.get(i)).forEach(t -> seen.merge(t, 1, Integer::sum));
        }
        Map<String, Double> score = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            String id = ranked.get(i);
            java.util.Set<String> mine = topics.get(id);
            double overlap = mine.isEmpty()
                    ? 0
                    : mine.stream().mapToDouble(t -> seen.getOrDefault(t, 0)).sum() / (m * mine.size());
            score.put(id, 1.0 / (61 + i) + l * overlap / 61);
        }
        return top(score, 10);
    }

    static String key(String query) {
        return query.replace('\t', ' ').replace('\n', ' ');
    }

    static List<String> rrf(List<String> words, List<String> meaning, float w, int n, int k) {
        return rrf(words, meaning, w, n, k, 10);
    }

    /** Reciprocal rank fusion of the words' ranking with the first {@code n} of meaning's, weighted {@code w}. */
    static List<String> rrf(List<String> words, List<String> meaning, float w, int n, int k, int limit) {
        Map<String, Double> score = new HashMap<>();
        addRanks(score, words, 1, words.size(), k);
        addRanks(score, meaning, w, n, k);
        return top(score, limit);
    }

    /** Adds {@code weight / (k + rank)} for each of the first {@code depth} ids of a ranking. */
    private static void addRanks(Map<String, Double> score, List<String> ranked, double weight, int depth, int k) {
        for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
            score.merge(ranked.get(i), weight / (k + i + 1), Double::sum);
        }
    }

    private static List<String> top(Map<String, Double> score, int limit) {
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(limit)
                .toList();
    }

    private static List<String> rank(
            Map<String, Vectors> vectors, Function<Vectors, Function<float[], Double>> score, float[] q, int k) {
        return vectors.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), score.apply(e.getValue()).apply(q)))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(k)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Vectors vectors(EmbeddingModel model, EvaluationSet.EvalCase c) {
        String title = c.command().title();
        StringBuilder gist = new StringBuilder(title).append(". ");
        for (Section s : List.of(Section.SUMMARY, Section.CHALLENGE, Section.WHY, Section.WHAT)) {
            String t = c.command().sections().get(s);
            if (t != null && !t.isBlank()) {
                gist.append(t.strip()).append(' ');
            }
        }
        List<float[]> sections = new ArrayList<>();
        StringBuilder whole = new StringBuilder(title).append(". ");
        for (Section s : Section.values()) {
            String t = c.command().sections().get(s);
            if (t != null && !t.isBlank() && s != Section.RESOURCES) {
                sections.add(embed(model, title + ". " + t.strip()));
                whole.append(t.strip()).append(' ');
            }
        }
        String[] words = whole.toString().split("\\s+");
        List<float[]> windows = new ArrayList<>();
        for (int from = 0; from < words.length; from += 80) {
            String window = String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 120)));
            windows.add(embed(model, title + ". " + window));
            if (from + 120 >= words.length) {
                break;
            }
        }
        String[] g = gist.toString().strip().split("\\s+");
        String gistText = String.join(" ", Arrays.copyOf(g, Math.min(g.length, 180)));
        return new Vectors(embed(model, gistText), sections, windows, embed(model, whole.toString()));
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double max(float[] q, List<float[]> vs) {
        double best = -1;
        for (float[] v : vs) {
            best = Math.max(best, dot(q, v));
        }
        return best;
    }

    static double topMean(float[] q, List<float[]> vs, int n) {
        double[] all = vs.stream().mapToDouble(v -> dot(q, v)).sorted().toArray();
        double sum = 0;
        int used = 0;
        for (int i = all.length - 1; i >= 0 && used < n; i--, used++) {
            sum += all[i];
        }
        return sum / Math.max(1, used);
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
