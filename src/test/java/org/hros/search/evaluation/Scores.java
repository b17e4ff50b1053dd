package org.hros.search.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hros.search.bench.RelevanceMetrics;

/** nDCG@10, MRR (first result graded 2 or 3) and recall@10 of one system over a set of judged queries. */
public record Scores(double ndcg, double mrr, double recall, int queries, Map<String, Double> ndcgByVoice) {

    public static final int K = 10;

    public static Scores of(List<EvaluationSet.Judged> queries, Function<String, List<String>> system) {
        double ndcg = 0;
        double mrr = 0;
        double recall = 0;
        Map<String, double[]> voices = new LinkedHashMap<>();
        for (EvaluationSet.Judged q : queries) {
            List<String> ranked = system.apply(q.query());
            double n = RelevanceMetrics.ndcg(ranked, q.grades(), K);
            ndcg += n;
            mrr += RelevanceMetrics.reciprocalRank(ranked, q.grades(), 2, K);
            List<String> top = ranked.subList(0, Math.min(K, ranked.size()));
            recall +=
                    (double) q.grades().keySet().stream().filter(top::contains).count()
                            / q.grades().size();
            double[] v = voices.computeIfAbsent(q.voice(), x -> new double[2]);
            v[0] += n;
            v[1]++;
        }
        int count = Math.max(1, queries.size());
        Map<String, Double> byVoice = new LinkedHashMap<>();
        voices.forEach((voice, v) -> byVoice.put(voice, v[0] / v[1]));
        return new Scores(ndcg / count, mrr / count, recall / count, queries.size(), byVoice);
    }

    public String row(String name) {
        List<String> voices = new ArrayList<>();
        ndcgByVoice.forEach((v, n) -> voices.add(String.format(Locale.ROOT, "%s %.3f", v, n)));
        return String.format(
                Locale.ROOT,
                "| %-28s | %5.3f | %5.3f | %5.3f | %s |",
                name,
                ndcg,
                mrr,
                recall,
                String.join(", ", voices));
    }

    public static String header() {
        return "| system                       | nDCG@10 | MRR | Recall@10 | nDCG@10 by voice |\n|---|---:|---:|---:|---|";
    }
}
