package org.hros.search.bench;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.hros.HrosApplication;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Outcome;
import org.hros.member.domain.ApiTokenService;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The listing with its facet counts at size, counted in the search index and, in the same run on the same data,
 * grouped in SQL as before ({@code hros.listing.facet-counts=sql}). Loads {@code bench.cases} generated cases
 * straight into the database ({@link CorpusLoader}) and indexes them, then, for each way of counting, starts HROS on
 * that data, warms up and measures each target with wrk as a signed-in API caller, whom the page cache never
 * answers. Run by {@code bench/facets.sh}.
 */
public final class FacetBench {

    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) .*? rps=([\\d.]+) p50_us=(\\d+)"
            + " p90_us=(\\d+) p99_us=(\\d+) .*?non2xx3xx=(\\d+)");

    private final Path out =
            Path.of(System.getProperty("bench.out", "bench/out/facets")).toAbsolutePath();
    private final int port = Integer.getInteger("bench.port", 18092);
    private final int cases = Integer.getInteger("bench.cases", 20000);
    private final long seed = Long.getLong("bench.seed", 20260101L);
    private final int warmup = Integer.getInteger("bench.warmup", 15);
    private final int duration = Integer.getInteger("bench.duration", 20);
    private final int connections = Integer.getInteger("bench.connections", 4);
    private final PrintStream report;

    private FacetBench(PrintStream report) {
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "bench/out/facets")).toAbsolutePath();
        Files.createDirectories(out);
        try (PrintStream file = new PrintStream(Files.newOutputStream(out.resolve("results.txt")), true, "UTF-8")) {
            new FacetBench(new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Path paths = out.resolve("listings.txt");
        Files.write(paths, listings(5_000));
        List<String[]> targets = List.of(
                new String[] {"listing, 2-3 filters, 5,000 combinations (counts computed)", paths.toString()},
                new String[] {"listing /cases?page=3 (counts kept)", one("/cases?page=3")},
                new String[] {
                    "listing /cases?outcome=failure&topic=sourcing (counts kept)",
                    one("/cases?outcome=failure&topic=sourcing")
                });
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String source : new String[] {"sql", "index"}) {
            ConfigurableApplicationContext context = start(source);
            try {
                if (source.equals("sql")) {
                    load(context);
                }
                awaitIndexUpToDate(context);
                String token = token(context);
                MeterRegistry meters = context.getBean(MeterRegistry.class);
                for (String[] target : targets) {
                    wrk(target[1], token, warmup, out.resolve("wrk-warmup-" + source + ".txt"));
                    double hits = facetCache(meters, "hit");
                    double misses = facetCache(meters, "miss");
                    String result = wrk(target[1], token, duration, out.resolve("wrk-" + source + ".txt"));
                    Matcher m = RESULT.matcher(result);
                    if (!m.find()) {
                        throw new IllegalStateException("no RESULT from wrk:\n" + result);
                    }
                    String line = String.format(
                            Locale.ROOT,
                            "| %s | %s | %,.0f | %.2f | %.2f | %.2f | %s | %.0f / %.0f |",
                            target[0],
                            source.equals("sql") ? "SQL GROUP BY (before)" : "index aggregations (after)",
                            Double.parseDouble(m.group(2)),
                            Long.parseLong(m.group(3)) / 1000.0,
                            Long.parseLong(m.group(4)) / 1000.0,
                            Long.parseLong(m.group(5)) / 1000.0,
                            m.group(6),
                            facetCache(meters, "hit") - hits,
                            facetCache(meters, "miss") - misses);
                    say(line);
                    lines.computeIfAbsent(target[0], k -> new ArrayList<>()).add(line);
                }
            } finally {
                context.close();
            }
        }
        say("");
        say("| target | facet counts | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | facet cache hits / misses |");
        say("|---|---|---:|---:|---:|---:|---:|---:|");
        lines.values().forEach(l -> l.forEach(this::say));
    }

    private ConfigurableApplicationContext start(String source) {
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HrosApplication.class)
                .profiles("demo")
                .run(
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--hros.data-dir=" + out.resolve("data"),
                        "--hros.base-url=http://127.0.0.1:" + port,
                        "--hros.listing.facet-counts=" + source,
                        "--hros.search.semantic.enabled=false",
                        // Two cores shared with other work queue a listing for longer than the deployed 1 s; a
                        // listing whose index counts run late would be counted in SQL and measured twice over.
                        "--hros.search.time-limit=" + System.getProperty("bench.time-limit", "10s"),
                        "--logging.level.root=WARN",
                        "--logging.level.org.hros=INFO",
                        "--logging.file.name=" + out.resolve("hros-" + source + ".log"));
        say("HROS ready in %.1f s, facet counts from %s", (System.nanoTime() - t0) / 1e9, source);
        return context;
    }

    private void load(ConfigurableApplicationContext context) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long authorId = jdbc.queryForObject("select id from member where email = 'maya@example.org'", Long.class);
        long t0 = System.nanoTime();
        new CorpusLoader(dataSource).load(new GeneratedCorpus(seed), cases, authorId);
        say("loaded %,d generated cases in %.1f s", cases, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        Search.mapping(context.getBean(EntityManagerFactory.class))
                .scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .startAndWait();
        say(
                "indexed %,d case documents in %.1f s; %,d published cases in the library",
                jdbc.queryForObject("select count(*) from case_document", Long.class),
                (System.nanoTime() - t0) / 1e9,
                jdbc.queryForObject(
                        "select count(*) from case_revision r join case_study c on c.id = r.case_id where r.current"
                                + " and c.withdrawn_at is null and c.hidden_at is null",
                        Long.class));
    }

    private void awaitIndexUpToDate(ConfigurableApplicationContext context) throws InterruptedException {
        FacetIndex index = context.getBean(FacetIndex.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (index.count(Map.of()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the index did not catch up with the library in 5 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static String token(ConfigurableApplicationContext context) {
        long editorId = new JdbcTemplate(context.getBean(DataSource.class))
                .queryForObject("select id from member where email = 'elena@example.org'", Long.class);
        return context.getBean(ApiTokenService.class).create(editorId, "facet bench");
    }

    private static double facetCache(MeterRegistry meters, String result) {
        FunctionCounter counter = meters.find("cache.gets")
                .tag("cache", "case-facets")
                .tag("result", result)
                .functionCounter();
        return counter == null ? 0 : counter.count();
    }

    /** Distinct listings with two or three of the seven dimensions chosen, in a fixed random order. */
    private List<String> listings(int count) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("type", List.of(CaseType.CASE_STUDY.slug(), CaseType.SPARK.slug()));
        values.put("outcome", List.of(Outcome.SUCCESS.slug(), Outcome.MIXED.slug(), Outcome.FAILURE.slug()));
        values.put("topic", slugs(Topic.active()));
        values.put("skill", slugs(Skill.active()));
        values.put("industry", slugs(Industry.active()));
        values.put("size", slugs(SizeBand.active()));
        values.put("region", slugs(Region.active()));
        List<String> dimensions = new ArrayList<>(values.keySet());
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> listings = new LinkedHashSet<>();
        while (listings.size() < count) {
            int chosen = 2 + random.nextInt(2);
            List<String> pool = new ArrayList<>(dimensions);
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < chosen; i++) {
                picked.add(pool.remove(random.nextInt(pool.size())));
            }
            picked.sort(null);
            StringBuilder path = new StringBuilder("/cases");
            char sep = '?';
            for (String d : picked) {
                List<String> v = values.get(d);
                path.append(sep).append(d).append('=').append(v.get(random.nextInt(v.size())));
                sep = '&';
            }
            listings.add(path.toString());
        }
        return new ArrayList<>(listings);
    }

    private static <E extends Vocabulary> List<String> slugs(List<E> values) {
        List<String> slugs = new ArrayList<>();
        for (E v : values) {
            slugs.add(v.slug());
        }
        return slugs;
    }

    private String one(String path) throws Exception {
        Path file = out.resolve("listing-" + Integer.toHexString(path.hashCode()) + ".txt");
        Files.writeString(file, path + "\n");
        return file.toString();
    }

    private String wrk(String pathsFile, String token, int seconds, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "wrk",
                        "-t" + Math.min(2, connections),
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "--latency",
                        "-s",
                        Path.of("bench", "facets-listing.lua").toAbsolutePath().toString(),
                        "http://127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PATHS", pathsFile);
        builder.environment().put("TOKEN", token);
        Process wrk = builder.start();
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + Files.readString(log));
        }
        return Files.readString(log);
    }

    private void say(String format, Object... args) {
        report.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }

    /** Writes to both streams: the console and the results file. */
    private static final class Tee extends java.io.OutputStream {

        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        Tee(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }
}
