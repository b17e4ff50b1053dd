package org.hros.search.domain.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.ArrayList;
import java.util.List;
import org.hros.search.domain.SearchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings computed in this process: BAAI's bge-small-en-v1.5 (quantised, ONNX Runtime; MIT licence),
 * shipped inside a Maven Central jar, so nothing is downloaded at run time. It found the judged cases better than
 * all-MiniLM-L6-v2 on the development half of the evaluation set (docs/search.md). Texts that say the same thing in other words get
 * vectors close to one another, which is what lets search find "people we hired left within weeks" in a case
 * about early attrition. Vectors are unit length: their dot product is their cosine.
 *
 * <p>The model loads on first use (about a second). {@code hros.search.semantic.enabled=false} turns semantic
 * retrieval off; search is then lexical only.
 */
@Component
public class SentenceEmbeddings implements MeterBinder {

    public static final int DIMENSIONS = 384;

    /** Recent queries' vectors: members page through results and refine filters on the same words. */
    private static final int CACHED_QUERIES = 1024;

    private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);

    private final boolean enabled;

    /**
     * One model per JVM, however many application contexts share it (tests run several), for queries and batches
     * alike: the ONNX session is thread-safe, and a second one (there used to be one for batches) cost its weights and
     * work memory again outside the heap (docs/performance.md, "Start-up and memory").
     */
    private static volatile EmbeddingModel model;

    private static volatile boolean broken;

    private final Cache<String, float[]> queries =
            Caffeine.newBuilder().maximumSize(CACHED_QUERIES).recordStats().build();

    public SentenceEmbeddings(SearchProperties searchProperties) {
        this.enabled = searchProperties.semantic().enabled();
    }

    /** The kept query vectors' hits and misses: the {@code cache.gets} metric of {@code query-embeddings}. */
    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, queries, "query-embeddings");
    }

    public boolean enabled() {
        return enabled && !broken;
    }

    /** The text's vector, or {@code null} when semantic retrieval is off or the text is blank. */
    public float[] embed(String text) {
        if (!enabled() || text == null || text.isBlank()) {
            return null;
        }
        EmbeddingModel m = model();
        if (m == null) {
            return null;
        }
        return unit(m.embed(text).content().vector());
    }

    /**
     * The vectors of many texts, in the order given ({@code null} for a blank text, or every one when semantic
     * retrieval is off), each the same as {@link #embed} gives it. The texts are encoded side by side, one per core,
     * each on a single thread: on two cores about twice what one-at-a-time calls give (docs/performance.md).
     */
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(java.util.Collections.nCopies(texts.size(), (float[]) null));
        if (!enabled() || texts.isEmpty()) {
            return vectors;
        }
        List<Integer> positions = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text != null && !text.isBlank()) {
                positions.add(i);
                segments.add(TextSegment.from(text));
            }
        }
        if (segments.isEmpty()) {
            return vectors;
        }
        EmbeddingModel m = model();
        if (m == null) {
            return vectors;
        }
        List<Embedding> embedded = m.embedAll(segments).content();
        for (int i = 0; i < positions.size(); i++) {
            vectors.set(positions.get(i), unit(embedded.get(i).vector()));
        }
        return vectors;
    }

    /** A query's vector, kept for the next identical query. */
    public float[] embedQuery(String text) {
        if (!enabled() || text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip();
        float[] known = queries.getIfPresent(key);
        if (known != null) {
            return known;
        }
        float[] vector = embed(key);
        if (vector != null) {
            queries.put(key, vector);
        }
        return vector;
    }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (SentenceEmbeddings.class) {
                m = model;
                if (m == null && !broken) {
                    try {
                        m = ParallelEncoder.load(Runtime.getRuntime().availableProcessors());
                        model = m;
                    } catch (Exception | LinkageError e) {
                        // Without the native runtime (an unusual platform) search stays lexical.
                        broken = true;
                        log.warn("Semantic search is off: the embedding model could not be loaded ({})", e.toString());
                    }
                }
            }
        }
        return m;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
