package org.hros.search.domain.analysis;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same model for many texts at once: one ONNX session whose every run uses a single thread, and as many texts
 * encoded side by side as the machine has cores. ONNX Runtime's own default (every core for one text) suits a
 * search query, which waits alone; for thousands of documents it spends much of its time splitting small matrices
 * and waiting on its threads, and with several callers at once the threads outnumber the cores.
 */
final class ParallelEncoder extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private ParallelEncoder(OnnxBertBiEncoder encoder, ExecutorService executor) {
        super(executor);
        this.encoder = encoder;
    }

    /** Loads the model shipped in the jar (about a second) with {@code threads} texts encoded at once. */
    static ParallelEncoder load(int threads) throws OrtException, IOException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (InputStream model = resource(MODEL);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model.readAllBytes(), options);
        }
        try (InputStream tokenizer = resource(TOKENIZER)) {
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "embedding");
                t.setDaemon(true);
                return t;
            });
            return new ParallelEncoder(encoder, executor);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in =
                BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return SentenceEmbeddings.DIMENSIONS;
    }
}
