package org.hros.bench;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.hros.HrosApplication;
import org.hros.search.bench.GeneratedCorpus;
import org.hros.search.domain.analysis.SentenceEmbeddings;
import org.hros.search.domain.indexing.CaseDocuments;
import org.hros.search.domain.indexing.IndexMaintenance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Generates a community of size S (1,000 published cases), M (100,000), L (1,000,000) or any number of cases into
 * a fresh HROS data folder, run by {@code bench/generate.sh}: starts HROS on the folder (migrations, embedded
 * PostgreSQL, search index), writes the community with {@link CommunityLoader}, rebuilds the index, and writes
 * {@code generated.properties} (what was generated and a few addresses for the benchmark) and {@code queries.txt}
 * beside the folder. Settings are system properties: {@code bench.size}, {@code bench.seed}, {@code bench.data},
 * {@code bench.threads}, {@code bench.embeddings} (true: the search module computes every case's vector, as in
 * production; false: none are computed, semantic search is off, and the cost of computing them is measured on a
 * sample and printed).
 */
public final class CommunityGenerator {

    public static void main(String[] args) throws Exception {
        String size = System.getProperty("bench.size", "S");
        int cases = casesFor(size);
        long seed = Long.getLong("bench.seed", 20261206L);
        Path data = Path.of(System.getProperty("bench.data", "bench/out/generated/" + size + "/data"))
                .toAbsolutePath();
        int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
        boolean embeddings = Boolean.parseBoolean(System.getProperty("bench.embeddings", "true"));
        if (Files.exists(data.resolve("pg"))) {
            throw new IllegalStateException(data + " already holds a database; generate into an empty folder");
        }
        Files.createDirectories(data);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "generating community %s: %,d cases, seed %d, into %s%n", size, cases, seed, data);
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HrosApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--hros.data-dir=" + data,
                        "--hros.search.semantic.enabled=" + embeddings,
                        "--logging.level.root=WARN",
                        "--logging.level.org.hros=INFO",
                        "--logging.threshold.console=WARN",
                        "--logging.file.name=" + data.resolveSibling("generate.log"));
        out.printf(Locale.ROOT, "HROS started in %.1f s%n", (System.nanoTime() - started) / 1e9);
        try {
            CommunityLoader.Summary summary = new CommunityLoader(
                            context.getBean(DataSource.class),
                            context.getBean(PasswordEncoder.class),
                            context.getBean(CaseDocuments.class),
                            context.getBean(IndexMaintenance.class),
                            out,
                            seed)
                    .load(cases, threads, embeddings);
            List<String> report = new ArrayList<>(summary.timings());
            if (!embeddings) {
                report.add(embeddingCost(context.getBean(DataSource.class), cases, threads));
            }
            describe(context.getBean(DataSource.class), data, size, seed, summary, report);
            queries(data, seed, cases);
            out.println();
            report.forEach(line -> out.println("  " + line));
            out.printf(
                    Locale.ROOT,
                    "generated %s in %.1f s: %,d members, %,d cases (%,d revisions), %,d requests, %,d votes, %,d"
                            + " replies, %,d reactions; vectors %s%n",
                    size,
                    (System.nanoTime() - started) / 1e9,
                    summary.members(),
                    summary.cases(),
                    summary.revisions(),
                    summary.requests(),
                    summary.votes(),
                    summary.replies(),
                    summary.reactions(),
                    embeddings
                            ? "computed for every case"
                            : "NOT computed (semantic search off; see the estimate above)");
        } finally {
            context.close();
        }
        System.exit(0);
    }

    static int casesFor(String size) {
        return switch (size) {
            case "S" -> 1_000;
            case "M" -> 100_000;
            case "L" -> 1_000_000;
            default -> {
                int n = Integer.parseInt(size);
                if (n < 1) {
                    throw new IllegalArgumentException("size is S, M, L or a number of cases above 0");
                }
                yield n;
            }
        };
    }

    /**
     * What computing every case's vector would cost, measured with the search module's own model on the gists of
     * a sample of the generated documents, one thread at a time and then on all threads.
     */
    private static String embeddingCost(DataSource dataSource, int cases, int threads) throws Exception {
        List<String> gists = new JdbcTemplate(dataSource)
                .queryForList(
                        "select title || '. ' || coalesce(summary, '') || ' ' || coalesce(challenge, '') || ' '"
                                + " || coalesce(why, '') || ' ' || coalesce(what, '') from case_document"
                                + " order by id limit 300",
                        String.class);
        SentenceEmbeddings model = new SentenceEmbeddings(new org.springframework.boot.context.properties.bind.Binder(
                        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                                java.util.Map.of("hros.search.semantic.enabled", "true")))
                .bindOrCreate("hros.search", org.hros.search.domain.SearchProperties.class));
        for (int i = 0; i < Math.min(50, gists.size()); i++) {
            model.embed(gists.get(i)); // the model loads and the JIT compiles
        }
        long t0 = System.nanoTime();
        for (String gist : gists) {
            model.embed(gist);
        }
        double each = (System.nanoTime() - t0) / 1e6 / gists.size();
        double hours = cases * each / 1000 / 3600 / threads;
        return String.format(
                Locale.ROOT,
                "vectors NOT computed: %.1f ms per case on one thread (%d-case sample); all %,d would take about %.1f h"
                        + " on %d threads here (%.1f h on 16 cores), ahead of and apart from the mass indexer",
                each,
                gists.size(),
                cases,
                hours,
                threads,
                cases * each / 1000 / 3600 / 16);
    }

    private static void describe(
            DataSource dataSource, Path data, String size, long seed, CommunityLoader.Summary s, List<String> report)
            throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Object> middle =
                jdbc.queryForMap("select r.case_id, r.slug from case_revision r join case_study c on c.id = r.case_id"
                        + " where r.current and r.type = 'CASE_STUDY' and c.attribution = 'NAMED'"
                        + " order by r.published_at limit 1 offset (select count(*) / 2 from case_revision r2"
                        + " join case_study c2 on c2.id = r2.case_id where r2.current and r2.type = 'CASE_STUDY'"
                        + " and c2.attribution = 'NAMED')");
        String member = jdbc.queryForObject(
                "select email from member where role = 'MEMBER' and email like ? order by id limit 1",
                String.class,
                "%@" + CommunityLoader.EMAIL_DOMAIN);
        List<String> lines = new ArrayList<>();
        lines.add("# generated by bench/generate.sh; read by bench/run.sh");
        lines.add("size=" + size);
        lines.add("seed=" + seed);
        lines.add("members=" + s.members());
        lines.add("cases=" + s.cases());
        lines.add("revisions=" + s.revisions());
        lines.add("requests=" + s.requests());
        lines.add("votes=" + s.votes());
        lines.add("replies=" + s.replies());
        lines.add("reactions=" + s.reactions());
        lines.add("embeddings=" + s.embeddings());
        lines.add("case.path=/cases/" + middle.get("case_id") + "/" + middle.get("slug"));
        lines.add("case.id=" + middle.get("case_id"));
        lines.add("member.email=" + member);
        lines.add("member.password=" + CommunityLoader.PASSWORD);
        for (int i = 0; i < report.size(); i++) {
            lines.add("timing." + i + "=" + report.get(i));
        }
        Files.write(data.resolveSibling("generated.properties"), lines);
    }

    /** Searches practitioners would type for generated cases: titles said in other words. */
    private static void queries(Path data, long seed, int cases) throws Exception {
        GeneratedCorpus corpus = new GeneratedCorpus(seed);
        SplittableRandom random = new SplittableRandom(seed + 1);
        Set<String> queries = new LinkedHashSet<>();
        for (int i = 0; queries.size() < 200 && i < 10_000; i++) {
            queries.add(corpus.generate(random.nextInt(cases)).paraphrasedTitle());
        }
        Files.write(data.resolveSibling("queries-plain.txt"), queries);
        Files.write(
                data.resolveSibling("queries.txt"),
                queries.stream()
                        .map(q -> URLEncoder.encode(q, StandardCharsets.UTF_8))
                        .toList());
    }
}
