package org.hros.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor for search in {@code bench/run.sh}: the same searches as the HTTP run, asked of the same index folder
 * with Lucene alone, in its own JVM beside the running HROS. Each query's words go through the analysis HROS gives
 * its {@code text} field (standard tokenizer, possessives, lower case, ASCII folding, stop words, Porter stemmer)
 * and become one BM25 query over {@code text}, with the title's words boosted; it asks for the top 10 and the total.
 * HROS does more per search (synonyms, phrases, typo tolerance, facet counts, snippets, the result cards from
 * PostgreSQL, HTML), so the gap between the two is what that costs.
 *
 * <p>Arguments: index folder, file of queries (one per line), searches in flight, warm-up seconds, measured seconds.
 * Prints one {@code RESULT} line in {@code bench/report.lua}'s format.
 */
public final class RawLuceneBench {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank())
                .toList();
        int inFlight = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int duration = Integer.parseInt(args[4]);
        Analyzer english = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("stop")
                .addTokenFilter("porterStem")
                .build();
        List<Query> queries = new ArrayList<>();
        for (String line : lines) {
            queries.add(query(english, line));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf(
                    Locale.ROOT,
                    "raw Lucene: %,d documents in %s, %d queries%n",
                    reader.numDocs(),
                    folder,
                    queries.size());
            run(searcher, queries, inFlight, warmup, null);
            long[][] latencies = new long[inFlight][];
            long started = System.nanoTime();
            long requests = run(searcher, queries, inFlight, duration, latencies);
            long took = System.nanoTime() - started;
            long[] all = Arrays.stream(latencies)
                    .flatMapToLong(Arrays::stream)
                    .sorted()
                    .toArray();
            System.out.printf(
                    Locale.ROOT,
                    "RESULT requests=%d duration_us=%d bytes=0 rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d"
                            + " non2xx3xx=0 connect_err=0 read_err=0 write_err=0 timeout_err=0%n",
                    requests,
                    took / 1000,
                    requests / (took / 1e9),
                    percentile(all, 50),
                    percentile(all, 90),
                    percentile(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1000);
        }
    }

    /** Searches back to back on {@code inFlight} threads for {@code seconds}; returns how many were answered. */
    private static long run(IndexSearcher searcher, List<Query> queries, int inFlight, int seconds, long[][] into)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong answered = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < inFlight; t++) {
            int me = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int next = me * 37;
                long hits = 0;
                while (System.nanoTime() < until) {
                    Query q = queries.get(next++ % queries.size());
                    long t0 = System.nanoTime();
                    try {
                        TopDocs top = searcher.search(q, 10);
                        hits += top.scoreDocs.length;
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                answered.addAndGet(n);
                if (into != null) {
                    into[me] = Arrays.copyOf(mine, n);
                }
                if (hits < 0) {
                    throw new IllegalStateException();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        return answered.get();
    }

    private static Query query(Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                query.add(new TermQuery(new Term("text", word)), BooleanClause.Occur.SHOULD);
                query.add(new BoostQuery(new TermQuery(new Term("title", word)), 2f), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
        }
        return query.build();
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000;
    }
}
