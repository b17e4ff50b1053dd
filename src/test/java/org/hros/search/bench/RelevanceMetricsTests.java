package org.hros.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTests {

    @Test
    void anIdealRankingScoresOneAndAMissScoresZero() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);
        assertThat(RelevanceMetrics.ndcg(List.of("a", "b", "c", "x"), grades, 10))
                .isCloseTo(1.0, within(1e-9));
        assertThat(RelevanceMetrics.ndcg(List.of("x", "y"), grades, 10)).isZero();
        assertThat(RelevanceMetrics.reciprocalRank(List.of("x", "y"), grades, 1, 10))
                .isZero();
    }

    @Test
    void aWorseOrderScoresLessAndTheFirstRelevantRankIsReciprocal() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 1);
        double ideal = RelevanceMetrics.ndcg(List.of("a", "b"), grades, 10);
        double swapped = RelevanceMetrics.ndcg(List.of("b", "a"), grades, 10);
        // DCG of (b, a) = 1/log2(2) + 7/log2(3); ideal = 7 + 1/log2(3)
        assertThat(swapped)
                .isCloseTo((1 + 7 / (Math.log(3) / Math.log(2))) / (7 + 1 / (Math.log(3) / Math.log(2))), within(1e-9));
        assertThat(swapped).isLessThan(ideal);
        assertThat(RelevanceMetrics.reciprocalRank(List.of("x", "y", "b", "a"), grades, 1, 10))
                .isCloseTo(1.0 / 3, within(1e-9));
        assertThat(RelevanceMetrics.reciprocalRank(List.of("x", "b", "a"), grades, 3, 10))
                .isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void theJudgedSetHasFiftyQueriesOverRealDemoCases() throws Exception {
        var judged = Judgements.load();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(50);
        var files = new HashSet<String>();
        try (var paths = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/demo/cases"))) {
            paths.forEach(p -> files.add(p.getFileName().toString().replaceFirst("\\.yml$", "")));
        }
        for (var j : judged) {
            assertThat(j.grades()).as(j.query()).isNotEmpty();
            assertThat(files).as(j.query()).containsAll(j.grades().keySet());
            assertThat(j.grades().values()).as(j.query()).allMatch(g -> g >= 1 && g <= 3);
            assertThat(j.grades().values()).as(j.query()).anyMatch(g -> g >= 2);
        }
    }

    @Test
    void theGeneratedLibraryIsTheSameForTheSameSeed() {
        var a = new GeneratedCorpus(42).generate(12345);
        var b = new GeneratedCorpus(42).generate(12345);
        var c = new GeneratedCorpus(43).generate(12345);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(a.paraphrasedTitle()).isNotBlank().isNotEqualTo(a.title());
        assertThat(a.sections()).isNotEmpty();
    }
}
