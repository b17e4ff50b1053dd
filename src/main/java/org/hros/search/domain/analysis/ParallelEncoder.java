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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The embedding model, loaded once for search queries and for many texts at once: one ONNX session whose every run
 * uses a single thread, and, for a batch, as many texts encoded side by side as the machine has cores. ONNX
 * Runtime's own default (every core for one text) spends much of its time splitting small matrices and spinning on
 * its threads, and with several callers at once (a rebuild, or searches from many members) the threads outnumber
 * the cores; a lone query on an idle machine is the only case it serves better.
 *
 * <p>The session keeps no memory between runs: no CPU arena (which keeps the largest working set any run needed)
 * and no memory patterns (a plan kept per input length); each run allocates its tensors and frees them at its end.
 * One session instead of the two there were (langchain4j's stock model for queries beside this one for batches)
 * kept the heap about 140 MB smaller under searches (docs/performance.md, "Start-up and memory"). None of it changes
 * the arithmetic: the vectors are the same, bit for bit, as the stock model gives ({@code SentenceEmbeddingsTests}).
 */
final class ParallelEncoder extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private ParallelEncoder(OnnxBertBiEncoder encoder, ExecutorService executor) {
        super(executor);
        this.encoder = encoder;
    }

    /** Loads the model shipped in the jar (about a second) with {@code threads} texts of a batch encoded at once. */
    static ParallelEncoder load(int threads) throws OrtException, IOException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        // ONNX Runtime reads the model from a file rather than from a 34 MB array: an array that size goes straight
        // to the old generation, which the serial collector grows for it and gives back only at a full collection.
        Path file = Files.createTempFile("hros-embedding-", ".onnx");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            try (InputStream model = resource(MODEL)) {
                Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            session = environment.createSession(file.toString(), options);
        } finally {
            Files.deleteIfExists(file);
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
        // The class is only named for its class loader: initialising it would load a second copy of the model.
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
