package org.hros.search.domain.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hros.search.domain.SearchProperties;
import org.hros.search.evaluation.EvaluationSet;
import org.hros.support.Settings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long embedding a query takes: the 160 queries of the evaluation set (keywords to pasted paragraphs), each
 * embedded anew (no cache), after a warm-up. A benchmark, not a test (tagged {@code slow}); {@code
 * bench/embedding.sh} runs it pinned to one core and writes {@code target/embedding-bench.txt}.
 */
@Tag("slow")
class EmbeddingBenchmarkTests {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    @Test
    void embeddingAQuery() throws IOException {
        SentenceEmbeddings embeddings = new SentenceEmbeddings(Settings.bind(SearchProperties.class));
        List<String> queries = EvaluationSet.load().queries().stream()
                .map(EvaluationSet.Judged::query)
                .toList();
        for (String q : queries) {
            embeddings.embed(q); // warm-up: the model loads and the JIT settles
        }
        List<Long> shortQueries = new ArrayList<>();
        List<Long> longQueries = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : queries) {
                long start = System.nanoTime();
                embeddings.embed(q);
                long took = System.nanoTime() - start;
                (q.split("\\s+").length <= 12 ? shortQueries : longQueries).add(took);
            }
        }
        List<Long> all = new ArrayList<>(shortQueries);
        all.addAll(longQueries);
        String report = String.format(
                Locale.ROOT,
                "%nEmbedding a query (bge-small-en-v1.5, %d cores available), %d rounds of %d queries:%n"
                        + "| queries | n | p50 ms | p99 ms | max ms |%n|---|---:|---:|---:|---:|%n%s%s%s",
                Runtime.getRuntime().availableProcessors(),
                ROUNDS,
                queries.size(),
                row("up to 12 words", shortQueries),
                row("longer (pasted descriptions)", longQueries),
                row("all", all));
        System.out.println(report);
        Files.writeString(Path.of("target", "embedding-bench.txt"), report);
    }

    private static String row(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f |%n",
                name,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                Arrays.stream(sorted).max().orElse(0) / 1e6);
    }
}
