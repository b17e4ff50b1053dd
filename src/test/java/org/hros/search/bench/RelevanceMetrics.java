package org.hros.search.bench;

import java.util.List;
import java.util.Map;

/** Standard ranking measures over one ranked result list, averaged by the caller over a query set. */
public final class RelevanceMetrics {

    private RelevanceMetrics() {}

    /**
     * Normalised discounted cumulative gain at {@code k}, with gain {@code 2^grade - 1} and discount {@code
     * log2(rank + 1)}; 1 when the ranking is ideal, 0 when nothing relevant is in the first {@code k}.
     */
    public static <T> double ndcg(List<T> ranked, Map<T, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal =
                grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /**
     * Reciprocal rank of the first result graded at least {@code minGrade} within the first {@code k}, or 0.
     */
    public static <T> double reciprocalRank(List<T> ranked, Map<T, Integer> grades, int minGrade, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= minGrade) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
