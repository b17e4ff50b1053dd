package org.hros.search.domain.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of two rankings of the same kind of thing: an item's score is {@code lexicalWeight / (k
 * + rank by words) + semanticWeight / (k + rank by meaning)}; ties keep the first ranking's order, then the
 * second's.
 */
final class RankFusion {

    private RankFusion() {}

    static <T> List<T> fuse(List<T> lexical, List<T> semantic, HybridPass.Fusion fusion) {
        Map<T, Double> scores = new HashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            scores.merge(lexical.get(i), (double) fusion.lexicalWeight() / (fusion.k() + i + 1), Double::sum);
        }
        for (int i = 0; i < semantic.size(); i++) {
            scores.merge(semantic.get(i), (double) fusion.semanticWeight() / (fusion.k() + i + 1), Double::sum);
        }
        LinkedHashSet<T> seen = new LinkedHashSet<>(lexical);
        seen.addAll(semantic);
        List<T> order = new ArrayList<>(seen);
        List<T> firstSeen = List.copyOf(order);
        Map<T, Integer> position = new HashMap<>();
        for (int i = 0; i < firstSeen.size(); i++) {
            position.put(firstSeen.get(i), i);
        }
        order.sort((a, b) -> {
            int byScore = Double.compare(scores.get(b), scores.get(a));
            return byScore != 0 ? byScore : Integer.compare(position.get(a), position.get(b));
        });
        return order;
    }
}
