package org.hros.search.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hros.HrosApplication;
import org.hros.search.CaseSearch;
import org.hros.search.SearchQuery;
import org.hros.search.SearchResults;
import org.hros.search.bench.GeneratedCorpus.GeneratedCase;
import org.hros.search.domain.execution.RawLuceneSearch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The search benchmark, run by {@code bench/search.sh} (see bench/README.md and docs/search.md). In one JVM it
 * starts HROS with the demo community and then:
 *
 * <ol>
 *   <li>runs the judged queries ({@code search/judgements.yaml}) through the search service and prints nDCG@10
 *       and MRR over the demo community;
 *   <li>writes a generated library of {@code cases} cases straight into the database and rebuilds the index with
 *       the mass indexer;
 *   <li>prints known-item MRR over that library: for a sample of its cases, the title in other words and the
 *       first sentence of the challenge, each of which should find that case;
 *   <li>measures search over HTTP ({@code /api/v1/search}) with wrk at a fixed concurrency, after a warm-up;
 *   <li>measures raw Lucene queries, in process, on the same index through the search service's own reader, at
 *       the same concurrency on virtual threads, after a warm-up; and prints both with their ratio and the difference of
 *       their p99s.
 * </ol>
 *
 * Settings are system properties: {@code bench.out}, {@code bench.port}, {@code bench.cases}, {@code
 * bench.seed}, {@code bench.sample}, {@code bench.connections}, {@code bench.threads}, {@code bench.warmup},
 * {@code bench.duration}.
 */
public final class SearchBench {

    private static final int K = 10;

    private final Path out;
    private final int port;
    private final int cases;
    private final long seed;
    private final int sample;
    /** The concurrencies measured, each with its own HTTP and raw runs ({@code bench.connections}, e.g. 4,16). */
    private final List<Integer> concurrencies;

    private final int threads;
    private final int warmup;
    private final int warmupMax;
    private final int duration;
    private final PrintStream report;

    private SearchBench(PrintStream report) {
        this.out = Path.of(System.getProperty("bench.out", "bench/out/search")).toAbsolutePath();
        this.port = Integer.getInteger("bench.port", 18090);
        this.cases = Integer.getInteger("bench.cases", 100_000);
        this.seed = Long.getLong("bench.seed", 20260101L);
        this.sample = Integer.getInteger("bench.sample", 500);
        this.concurrencies = Arrays.stream(
                        System.getProperty("bench.connections", "16").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        this.threads = Integer.getInteger("bench.threads", 2);
        this.warmup = Integer.getInteger("bench.warmup", 10);
        this.warmupMax = Integer.getInteger("bench.warmup-max", 180);
        this.duration = Integer.getInteger("bench.duration", 20);
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "bench/out/search")).toAbsolutePath();
        Files.createDirectories(out);
        try (PrintStream report = new PrintStream(Files.newOutputStream(out.resolve("results.txt")), true, "UTF-8")) {
            new SearchBench(new PrintStream(new Tee(System.out, report), true, StandardCharsets.UTF_8)).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Path data = out.resolve("data");
        say("starting HROS on 127.0.0.1:" + port + " with data in " + data);
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HrosApplication.class)
                .profiles("demo")
                .run(
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--hros.data-dir=" + data,
                        "--hros.base-url=http://127.0.0.1:" + port,
                        // Off by default: the generated library is written without embeddings, and computing
                        // 100,000 of them (about 20 ms each on these cores) would run beside the measurement.
                        "--hros.search.semantic.enabled=" + Boolean.getBoolean("bench.semantic"),
                        "--logging.level.root=WARN",
                        "--logging.level.org.hros=INFO",
                        "--logging.file.name=" + out.resolve("hros.log"));
        say("HROS ready in %.1f s", seconds(System.nanoTime() - started));
        try {
            CaseSearch search = context.getBean(CaseSearch.class);
            Map<String, String> demoTitles = demoTitles();
            awaitIndexed(search, demoTitles.values());
            relevance(search, demoTitles);
            if (cases > 0) {
                GeneratedCorpus corpus = new GeneratedCorpus(seed);
                long[] ids = load(context, corpus);
                knownItem(search, corpus, ids);
                List<String> queries = loadQueries(corpus);
                RawLuceneSearch searches = RawLuceneSearch.prepare(context, queries);
                for (int connections : concurrencies) {
                    RawLuceneSearch.resultCache(context, false);
                    Latency http = http(queries, "computed", connections);
                    RawLuceneSearch.resultCache(context, true);
                    Latency cached = http(queries, "cached", connections);
                    String cacheUse = RawLuceneSearch.resultCache(context, true);
                    say("  result cache during the second HTTP run (warm-up included): %s", cacheUse);
                    Latency raw = rawLucene(context, searches, connections);
                    compare(http, cached, raw, connections);
                }
            }
        } finally {
            context.close();
        }
    }

    // 1. Relevance over the demo community

    private void relevance(CaseSearch search, Map<String, String> demoTitles) throws IOException {
        Map<String, String> fileByTitle = new HashMap<>();
        demoTitles.forEach((file, title) -> fileByTitle.put(title, file));
        List<Judgements.Judged> judged = Judgements.load();
        double ndcg = 0;
        double mrr = 0;
        double mrrTop = 0;
        List<String> lines = new ArrayList<>();
        for (Judgements.Judged j : judged) {
            List<String> ranked = search.search(SearchQuery.of(j.query())).hits().stream()
                    .map(h -> fileByTitle.getOrDefault(
                            h.card().title(), "other:" + h.card().id()))
                    .toList();
            double n = RelevanceMetrics.ndcg(ranked, j.grades(), K);
            double rr = RelevanceMetrics.reciprocalRank(ranked, j.grades(), 2, K);
            double rrTop = RelevanceMetrics.reciprocalRank(ranked, j.grades(), 3, K);
            ndcg += n;
            mrr += rr;
            mrrTop += rrTop;
            lines.add(String.format(
                    Locale.ROOT,
                    "%.3f\t%.3f\t%s\t%s",
                    n,
                    rr,
                    j.query(),
                    String.join(" ", ranked.subList(0, Math.min(3, ranked.size())))));
        }
        Files.write(out.resolve("relevance-per-query.tsv"), lines);
        int q = judged.size();
        say("relevance over the demo community (%d cases), %d judged queries:", demoTitles.size(), q);
        say("  nDCG@10 = %.3f", ndcg / q);
        say("  MRR@10  = %.3f  (first result graded 2 or 3)", mrr / q);
        say("  MRR@10  = %.3f  (first result graded 3)", mrrTop / q);
        say("  per query: %s", out.resolve("relevance-per-query.tsv"));
    }

    // 2. The generated library, loaded straight into the database and indexed by the mass indexer

    private long[] load(ConfigurableApplicationContext context, GeneratedCorpus corpus) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        long authorId = new JdbcTemplate(dataSource)
                .queryForObject("select id from member where email = 'maya@example.org'", Long.class);
        say("loading %,d generated cases (seed %d) with JDBC batches", cases, seed);
        long t0 = System.nanoTime();
        long[] ids = new CorpusLoader(dataSource).load(corpus, cases, authorId);
        say("  loaded in %.1f s", seconds(System.nanoTime() - t0));
        SearchMapping mapping = Search.mapping(context.getBean(EntityManagerFactory.class));
        t0 = System.nanoTime();
        mapping.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .startAndWait();
        long count = new JdbcTemplate(dataSource).queryForObject("select count(*) from case_document", Long.class);
        say("  mass indexer: %,d documents in %.1f s", count, seconds(System.nanoTime() - t0));
        return ids;
    }

    // 3. Known-item MRR over the generated library

    private void knownItem(CaseSearch search, GeneratedCorpus corpus, long[] ids) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] mrr = new double[2];
        int[] found = new int[2];
        int[] failed = new int[2];
        List<String> misses = new ArrayList<>();
        for (int s = 0; s < sample; s++) {
            int number = random.nextInt(cases);
            GeneratedCase g = corpus.generate(number);
            String[] queries = {g.paraphrasedTitle(), g.challengeFirstSentence()};
            for (int kind = 0; kind < 2; kind++) {
                List<Long> ranked;
                try {
                    ranked = search.search(SearchQuery.of(queries[kind])).hits().stream()
                            .map(h -> h.card().id())
                            .toList();
                } catch (RuntimeException e) {
                    failed[kind]++;
                    if (misses.size() < 40) {
                        misses.add("FAILED " + e + ": " + queries[kind]);
                    }
                    continue;
                }
                int rank = ranked.indexOf(ids[number]);
                if (rank >= 0) {
                    mrr[kind] += 1.0 / (rank + 1);
                    found[kind]++;
                } else if (misses.size() < 20) {
                    misses.add(queries[kind] + "  ->  wanted: " + g.title());
                }
            }
        }
        say("known-item search over %,d generated cases, %d sampled cases (seed %d):", cases, sample, seed);
        say(
                "  title in other words:       MRR@10 = %.3f, found in top 10: %.1f %%",
                mrr[0] / sample, 100.0 * found[0] / sample);
        say(
                "  challenge's first sentence: MRR@10 = %.3f, found in top 10: %.1f %%",
                mrr[1] / sample, 100.0 * found[1] / sample);
        try {
            Files.write(out.resolve("known-item-misses.txt"), misses);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // 4. Speed: HTTP with wrk, then raw Lucene in process, over the same queries

    /** The judged queries and paraphrased titles of generated cases: what practitioners type. */
    private List<String> loadQueries(GeneratedCorpus corpus) throws IOException {
        Set<String> queries = new LinkedHashSet<>();
        Judgements.load().forEach(j -> queries.add(j.query()));
        SplittableRandom random = new SplittableRandom(seed + 1);
        while (queries.size() < 500) {
            queries.add(corpus.generate(random.nextInt(cases)).paraphrasedTitle());
        }
        List<String> list = new ArrayList<>(queries);
        Files.write(
                out.resolve("queries.txt"),
                list.stream()
                        .map(q -> URLEncoder.encode(q, StandardCharsets.UTF_8))
                        .toList());
        return list;
    }

    /**
     * wrk against the search API; {@code kind} "computed" with the service's result cache off, so that every
     * search is worked out, "cached" with it on, as deployed.
     */
    private Latency http(List<String> queries, String kind, int connections) throws Exception {
        String url = "http://127.0.0.1:" + port;
        String script = Path.of("bench", "search-queries.lua").toAbsolutePath().toString();
        say(
                "HTTP (%s): wrk -t%d -c%d, %d queries round robin at %s/api/v1/search?q=...",
                kind.equals("computed") ? "result cache off" : "result cache on",
                Math.min(threads, connections),
                connections,
                queries.size(),
                url);
        warmUp(seconds -> wrk(
                url, script, seconds, connections, out.resolve("wrk-warmup-" + kind + "-c" + connections + ".txt")));
        String result = wrk(
                url, script, duration, connections, out.resolve("wrk-search-" + kind + "-c" + connections + ".txt"));
        String line = Arrays.stream(result.split("\n"))
                .filter(l -> l.startsWith("RESULT "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT from wrk:\n" + result));
        Map<String, String> fields = new HashMap<>();
        for (String part : line.substring(7).split(" ")) {
            String[] kv = part.split("=");
            fields.put(kv[0], kv[1]);
        }
        long errors = Long.parseLong(fields.get("non2xx3xx"))
                + Long.parseLong(fields.get("timeout_err"))
                + Long.parseLong(fields.get("read_err"))
                + Long.parseLong(fields.get("connect_err"));
        Latency http = new Latency(
                Double.parseDouble(fields.get("rps")),
                Long.parseLong(fields.get("p50_us")) / 1000.0,
                Long.parseLong(fields.get("p99_us")) / 1000.0,
                Long.parseLong(fields.get("requests")),
                errors);
        say("  HTTP       %s", http);
        return http;
    }

    /** A load run for some seconds. */
    private interface Load {
        void run(int seconds) throws Exception;
    }

    /** Slices of warm-up load, after at least {@code bench.warmup} seconds, until the JIT compiler has settled. */
    private static final int WARMUP_SLICE = 5;

    /**
     * Runs {@code load} in slices of {@value #WARMUP_SLICE} seconds for at least {@code bench.warmup} seconds and
     * then until the JIT compiler spent less than 2 % of a slice compiling (at most {@code bench.warmup-max}
     * seconds): on two cores the compiler can still be busy a minute into a load, taking the CPU from what is
     * measured. Says how long it took.
     */
    private void warmUp(Load load) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int spent = 0;
        long compiling = Long.MAX_VALUE;
        while (spent < warmupMax && (spent < warmup || compiling * 50 > WARMUP_SLICE * 1000L)) {
            long before = jit.getTotalCompilationTime();
            load.run(WARMUP_SLICE);
            spent += WARMUP_SLICE;
            compiling = jit.getTotalCompilationTime() - before;
        }
        say(
                "  warm-up    %d s, until the JIT compiler settled (%d ms compiling in the last %d s)",
                spent, compiling, WARMUP_SLICE);
    }

    private String wrk(String url, String script, int seconds, int connections, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "wrk",
                        "-t" + Math.min(threads, connections),
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "--latency",
                        "-s",
                        script,
                        url)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUERIES", out.resolve("queries.txt").toString());
        Process wrk = builder.start();
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + Files.readString(log));
        }
        return Files.readString(log);
    }

    /**
     * The raw side reads the index through the very reader the search service opens: the same segments (a
     * reader of the folder's last commit can see more, smaller ones while merges made since are not yet
     * committed), with nothing of Hibernate Search on the path.
     */
    private Latency rawLucene(ConfigurableApplicationContext context, RawLuceneSearch searches, int connections)
            throws Exception {
        try (IndexReader reader = RawLuceneSearch.openReader(context)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            say(
                    "raw Lucene: %,d documents in %d segments, read through the search service's own reader; the"
                            + " same searches' Lucene work (see below), %d clients in a closed loop",
                    reader.numDocs(), reader.leaves().size(), connections);
            warmUp(seconds -> load(searcher, searches, Duration.ofSeconds(seconds), connections));
            Latency raw = load(searcher, searches, Duration.ofSeconds(duration), connections);
            say("  raw Lucene %s", raw);
            return raw;
        }
    }

    /**
     * {@code connections} searches always in flight, like wrk's connections: each search runs on a new virtual
     * thread, as Tomcat runs a request, and the moment it answers the next search of its "connection" is handed
     * over, timed from hand-over to answer. So waiting for a core behind the other searches counts, as it does in
     * wrk's figures, and nothing waits outside the timed span.
     */
    private Latency load(IndexSearcher searcher, RawLuceneSearch searches, Duration time, int connections)
            throws Exception {
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + time.toNanos();
        ExecutorService workers = virtualThreads(connections);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(connections);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        try {
            for (int c = 0; c < connections; c++) {
                handOver(workers, searcher, searches, c * 31, System.nanoTime(), end, samples, done, failure);
            }
            if (!done.await(time.toSeconds() + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("raw Lucene load did not finish");
            }
        } finally {
            workers.shutdown();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        long[] all = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latency(
                all.length / (double) time.toSeconds(),
                percentile(all, 50) / 1e6,
                percentile(all, 99) / 1e6,
                all.length,
                0);
    }

    /** Runs search {@code i} handed over at {@code t0}, records it, and hands over the next one at once. */
    private static void handOver(
            ExecutorService workers,
            IndexSearcher searcher,
            RawLuceneSearch searches,
            int i,
            long t0,
            long end,
            ConcurrentLinkedQueue<Long> samples,
            java.util.concurrent.CountDownLatch done,
            java.util.concurrent.atomic.AtomicReference<Throwable> failure) {
        workers.execute(() -> {
            try {
                searches.run(searcher, i % searches.size());
                long t1 = System.nanoTime();
                samples.add(t1 - t0);
                if (t1 < end) {
                    handOver(workers, searcher, searches, i + 1, t1, end, samples, done, failure);
                } else {
                    done.countDown();
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                done.countDown();
            }
        });
    }

    private void compare(Latency http, Latency cached, Latency raw, int connections) {
        say(
                "speed at %,d cases, %d concurrent, %d s each after a warm-up (at least %d s, until the JIT"
                        + " compiler settled):",
                cases, connections, duration, warmup);
        say("  %-26s %10s %9s %9s %9s", "", "req/s", "p50 ms", "p99 ms", "errors");
        say(
                "  %-26s %10.0f %9.2f %9.2f %9d",
                "HTTP, result cache off", http.rps(), http.p50(), http.p99(), http.errors());
        say(
                "  %-26s %10.0f %9.2f %9.2f %9d",
                "HTTP, result cache on", cached.rps(), cached.p50(), cached.p99(), cached.errors());
        say("  %-26s %10.0f %9.2f %9.2f %9d", "raw Lucene", raw.rps(), raw.p50(), raw.p99(), raw.errors());
        say(
                "  HTTP (cache off)/raw: p50 %.1fx, p99 %.1fx; p99 difference %.2f ms (target: within 10 ms): %s",
                http.p50() / raw.p50(),
                http.p99() / raw.p99(),
                http.p99() - raw.p99(),
                http.p99() - raw.p99() <= 10 ? "met" : "not met");
        say(
                "  HTTP (cache on)/raw:  p50 %.1fx, p99 %.1fx; p99 difference %.2f ms: %s",
                cached.p50() / raw.p50(),
                cached.p99() / raw.p99(),
                cached.p99() - raw.p99(),
                cached.p99() - raw.p99() <= 10 ? "met" : "not met");
        say("  Both sides do the same search work: raw Lucene runs, for each query, the Lucene query and sort the");
        say("  search service builds for it (synonyms, phrases, typo tolerance), with the top 10 and their ids, the");
        say("  exact total and the nine facet counts in one pass, and the snippets of the top 10; HTTP adds reading");
        say("  the query, \"did you mean\" when nothing is found, the result cards from PostgreSQL, JSON, Tomcat and");
        say(
                "  the loopback, with wrk on the same cores. Both keep %d searches in flight and time each from",
                connections);
        say("  hand-over to answer. With the result cache on, a search asked again on an unchanged index skips");
        say("  the index work (the cards are still read live); raw Lucene always does it.");
    }

    // Helpers

    /** Virtual threads on Java 21 and later (the benchmark runs on 25); platform threads on 17. */
    private static ExecutorService virtualThreads(int fallbackSize) {
        try {
            return (ExecutorService)
                    Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException olderJava) {
            return Executors.newFixedThreadPool(fallbackSize);
        }
    }

    private record Latency(double rps, double p50, double p99, long requests, long errors) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d requests, %.0f/s, p50 %.2f ms, p99 %.2f ms, errors %d",
                    requests,
                    rps,
                    p50,
                    p99,
                    errors);
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Demo case file name (without .yml) to its title. */
    private static Map<String, String> demoTitles() throws IOException {
        Map<String, String> titles = new HashMap<>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:demo/cases/*.yml")) {
            try (InputStream in = resource.getInputStream()) {
                Map<String, Object> yaml = new Yaml().load(in);
                titles.put(resource.getFilename().replaceFirst("\\.yml$", ""), (String) yaml.get("title"));
            }
        }
        return titles;
    }

    /** Waits until every demo case is found by its title: indexing happens in the background after commit. */
    private void awaitIndexed(CaseSearch search, java.util.Collection<String> titles) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String title : titles) {
            while (true) {
                try {
                    SearchResults results = search.search(SearchQuery.of(title));
                    if (results.hits().stream().anyMatch(h -> h.card().title().equals(title))) {
                        break;
                    }
                } catch (RuntimeException notYet) {
                    // e.g. the index is still being built
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the demo case is not in the index: " + title);
                }
                Thread.sleep(200);
            }
        }
        say("the %d demo cases are in the index", titles.size());
    }

    private void say(String format, Object... args) {
        report.println(String.format(Locale.ROOT, format, args));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Writes to two streams at once: the console and results.txt. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        Tee(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
