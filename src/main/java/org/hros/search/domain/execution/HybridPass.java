package org.hros.search.domain.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.hros.search.Facet;

/**
 * A search by words and by meaning at once. The words' query (BM25) and the nearest cases by embedding (k-NN
 * over the vector field) are each ranked on their own, then the two rankings are fused by reciprocal rank: a
 * case's score is {@code lexicalWeight / (k + its rank by words) + semanticWeight / (k + its rank by meaning)}.
 * Ranks, not scores, are fused because BM25 scores and cosines are not on one scale. The total and the facet
 * counts are those of the union of both sets, in one pass; snippets come from the words.
 */
final class HybridPass {

    /**
     * The semantic side of a search.
     *
     * @param nearest the k-NN query with the search's filters (facets, exact phrases, exclusions)
     * @param chosen for each facet with a choice, the k-NN query without that choice, to count its values
     * @param minScore the least Lucene score (for cosine, {@code (1 + cos) / 2}) a neighbour needs to lift a case
     *     the words found
     * @param aloneScore the least score a neighbour needs to be found by meaning alone, without any of the words:
     *     higher, so that a word no case contains does not bring back cases that merely resemble everything
     * @param fusion how the two rankings are fused; {@code null} when the order is not by relevance
     */
    record Semantic(Query nearest, Map<Facet, Query> chosen, float minScore, float aloneScore, Fusion fusion) {}

    /**
     * @param k the rank constant of reciprocal rank fusion (60 in the original paper)
     * @param lexicalWeight the weight of the rank by words
     * @param semanticWeight the weight of the rank by meaning
     * @param depth how many hits by words beyond the page are fused
     */
    record Fusion(int k, float lexicalWeight, float semanticWeight, int depth) {}

    private HybridPass() {}

    static IndexPass.Page run(Supplier<IndexSearcher> searchers, IndexPass.Plan plan) {
        Semantic semantic = plan.semantic();
        IndexSearcher searcher = searchers.get();
        try {
            ScoreDoc[] near = nearest(searcher, semantic.nearest(), semantic.minScore());
            Query union = union(plan.query(), above(near, semantic.aloneScore()));
            IndexPass.Page page;
            if (semantic.fusion() == null) {
                page = IndexPass.run(
                        searcher,
                        union,
                        plan.query(),
                        plan.sort(),
                        plan.offset(),
                        plan.size(),
                        plan.facets(),
                        plan.highlight());
            } else {
                page = fused(searcher, plan, union, near, semantic);
            }
            if (plan.chosen().isEmpty()) {
                return page;
            }
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            counts.putAll(page.counts());
            boolean complete = page.complete();
            for (Map.Entry<Facet, Query> e : plan.chosen().entrySet()) {
                IndexSearcher other = searchers.get();
                Query knn = semantic.chosen().get(e.getKey());
                ScoreDoc[] neighbours = knn == null ? new ScoreDoc[0] : nearest(other, knn, semantic.aloneScore());
                counts.put(e.getKey(), IndexPass.count(other, union(e.getValue(), neighbours), e.getKey()));
                complete &= !other.timedOut();
            }
            return new IndexPass.Page(page.rows(), page.total(), counts, complete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexPass.Page fused(
            IndexSearcher searcher, IndexPass.Plan plan, Query union, ScoreDoc[] near, Semantic semantic)
            throws IOException {
        Fusion fusion = semantic.fusion();
        // Total and facet counts over words and neighbours together; the page is chosen below.
        IndexPass.Page counted = IndexPass.run(searcher, union, plan.query(), plan.sort(), 0, 1, plan.facets(), null);
        Query words = searcher.rewrite(FuzzyAutomata.reuse(plan.query()));
        int wanted = plan.offset() + plan.size() + fusion.depth();
        TopDocs lexical =
                searcher.search(words, new TopFieldCollectorManager(plan.sort(), wanted, null, Integer.MAX_VALUE));
        // A neighbour below the bar for meaning alone only lifts cases the words found.
        java.util.Set<Integer> byWords = new java.util.HashSet<>();
        for (ScoreDoc d : lexical.scoreDocs) {
            byWords.add(d.doc);
        }
        List<ScoreDoc> lifting = new ArrayList<>();
        for (ScoreDoc d : near) {
            if (d.score >= semantic.aloneScore() || byWords.contains(d.doc)) {
                lifting.add(d);
            }
        }
        ScoreDoc[] order = fuse(lexical.scoreDocs, lifting.toArray(ScoreDoc[]::new), fusion);
        TopDocs top = new TopDocs(new TotalHits(order.length, TotalHits.Relation.EQUAL_TO), order);
        List<IndexPass.Row> rows = IndexPass.rows(searcher, plan.query(), words, top, plan.offset(), plan.highlight());
        if (rows.size() > plan.size()) {
            rows = rows.subList(0, plan.size());
        }
        return new IndexPass.Page(rows, counted.total(), counted.counts(), !searcher.timedOut());
    }

    /** Reciprocal rank fusion of two rankings of global doc ids; ties keep the order by words. */
    static ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic, Fusion fusion) {
        Map<Integer, float[]> scores = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lexical.length; i++) {
            float[] s = scores.computeIfAbsent(lexical[i].doc, d -> new float[2]);
            if (s[1] == 0) {
                order.add(lexical[i].doc);
                s[1] = order.size();
            }
            s[0] += fusion.lexicalWeight() / (fusion.k() + i + 1);
        }
        for (int i = 0; i < semantic.length; i++) {
            float[] s = scores.computeIfAbsent(semantic[i].doc, d -> new float[2]);
            if (s[1] == 0) {
                order.add(semantic[i].doc);
                s[1] = order.size();
            }
            s[0] += fusion.semanticWeight() / (fusion.k() + i + 1);
        }
        order.sort((a, b) -> {
            float[] x = scores.get(a);
            float[] y = scores.get(b);
            int byScore = Float.compare(y[0], x[0]);
            return byScore != 0 ? byScore : Float.compare(x[1], y[1]);
        });
        ScoreDoc[] fused = new ScoreDoc[order.size()];
        for (int i = 0; i < fused.length; i++) {
            int doc = order.get(i);
            fused[i] = new ScoreDoc(doc, scores.get(doc)[0]);
        }
        return fused;
    }

    /** The neighbours the k-NN query finds, nearest first, leaving out those below {@code minScore}. */
    static ScoreDoc[] nearest(IndexSearcher searcher, Query knn, float minScore) throws IOException {
        TopDocs top = searcher.search(knn, 1000); // k-NN answers at most its k anyway
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            if (d.score >= minScore) {
                kept.add(d);
            }
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    private static ScoreDoc[] above(ScoreDoc[] near, float score) {
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc d : near) {
            if (d.score >= score) {
                kept.add(d);
            }
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    private static Query union(Query words, ScoreDoc[] near) {
        if (near.length == 0) {
            return words;
        }
        int[] docs = new int[near.length];
        for (int i = 0; i < near.length; i++) {
            docs[i] = near[i].doc;
        }
        return new BooleanQuery.Builder()
                .add(words, Occur.SHOULD)
                .add(new DocSetQuery(docs), Occur.SHOULD)
                .build();
    }
}
