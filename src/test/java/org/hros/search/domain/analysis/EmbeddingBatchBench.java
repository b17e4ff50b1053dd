package org.hros.search.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hros.search.bench.GeneratedCorpus;
import org.hros.search.domain.SearchProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * How fast case vectors are computed on this machine: one at a time (as publication does), one at a time on several
 * caller threads (as the generator used to), and {@link SentenceEmbeddings#embedAll} in batches of several sizes, on
 * the same generated case texts; checks that every way gives the same vectors. Run by {@code bench/embedding.sh
 * batch}; prints the load average, since the machine may be shared.
 */
public final class EmbeddingBatchBench {

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.texts", 200);
        int callers = Integer.getInteger("bench.callers", Runtime.getRuntime().availableProcessors());
        GeneratedCorpus corpus = new GeneratedCorpus(20261206L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedCorpus.GeneratedCase c = corpus.generate(i);
            StringBuilder gist = new StringBuilder(c.title()).append(". ");
            for (String key : new String[] {"summary", "challenge", "why", "what"}) {
                String part = c.sections().get(key);
                if (part != null) {
                    gist.append(part.strip()).append(' ');
                }
            }
            texts.add(gist.toString().strip());
        }
        SentenceEmbeddings model = new SentenceEmbeddings(
                new Binder(new MapConfigurationPropertySource(java.util.Map.of("hros.search.semantic.enabled", "true")))
                        .bindOrCreate("hros.search", SearchProperties.class));
        System.out.printf(Locale.ROOT, "load average %s; %d texts, %d cores%n", load(), count, cores());
        for (int i = 0; i < 30; i++) {
            model.embed(texts.get(i));
        }
        model.embedAll(texts.subList(0, 60));

        long t0 = System.nanoTime();
        List<float[]> one = new ArrayList<>();
        for (String text : texts) {
            one.add(model.embed(text));
        }
        report("one at a time, 1 caller (default session)", t0, count);

        t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            work.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    model.embed(texts.get(i));
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        report("one at a time, " + callers + " callers (default session)", t0, count);

        for (int batch : new int[] {2, 8, 32, 128}) {
            t0 = System.nanoTime();
            List<float[]> all = new ArrayList<>();
            for (int from = 0; from < count; from += batch) {
                all.addAll(model.embedAll(texts.subList(from, Math.min(count, from + batch))));
            }
            report("embedAll, batches of " + batch, t0, count);
            double diff = 0;
            for (int i = 0; i < count; i++) {
                for (int d = 0; d < SentenceEmbeddings.DIMENSIONS; d++) {
                    diff = Math.max(diff, Math.abs(one.get(i)[d] - all.get(i)[d]));
                }
            }
            System.out.printf(Locale.ROOT, "  largest difference from one at a time: %.2e%n", diff);
        }
        System.out.printf(Locale.ROOT, "load average %s%n", load());
        System.exit(0);
    }

    private static void report(String what, long t0, int count) throws Exception {
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT, "%-45s %6.1f vectors/s (%.1f s), load %s%n", what, count / seconds, seconds, load());
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String load() throws Exception {
        String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                .split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
