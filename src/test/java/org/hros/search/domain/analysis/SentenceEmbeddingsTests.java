package org.hros.search.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.hros.search.domain.SearchProperties;
import org.hros.support.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vectors search ranks by do not depend on how the ONNX session is set up for memory: HROS's one session (a
 * single thread per run, no CPU arena, no memory patterns) gives, bit for bit, what langchain4j's stock model (ONNX
 * Runtime's defaults) gives, for a query, a pasted description, a text longer than the model's 512 tokens (encoded
 * in parts and averaged) and accented text, one at a time and in a batch. Stored vectors and new queries' vectors
 * must meet in the same space, so a difference here would quietly degrade every semantic match.
 */
class SentenceEmbeddingsTests {

    private static final List<String> TEXTS = List.of(
            "referral bonus increase no effect",
            "We hired twelve graduates in September and by November five of them had left; exit interviews said the"
                    + " job was not what the advert described and nobody had shown them the actual work.",
            longText(),
            "Entretien d'embauche à Zürich: Bewerber über 50 wurden seltener eingeladen, naïve Vorauswahl.");

    private static SentenceEmbeddings embeddings;

    private static BgeSmallEnV15QuantizedEmbeddingModel stock;

    @BeforeAll
    static void load() {
        embeddings = new SentenceEmbeddings(Settings.bind(SearchProperties.class));
        stock = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Test
    void queryVectorsAreThoseOfTheStockModel() {
        for (String text : TEXTS) {
            float[] expected =
                    SentenceEmbeddings.unit(stock.embed(text).content().vector());
            assertThat(embeddings.embed(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void batchVectorsAreThoseOfOneAtATime() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(1, " ");
        List<float[]> batch = embeddings.embedAll(texts);
        assertThat(batch).hasSize(texts.size());
        assertThat(batch.get(1)).isNull();
        for (int i = 0; i < texts.size(); i++) {
            if (i != 1) {
                assertThat(batch.get(i)).as(texts.get(i)).isEqualTo(embeddings.embed(texts.get(i)));
            }
        }
    }

    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 4000; i++) {
            text.append("Round ")
                    .append(i)
                    .append(": the hiring managers rejected candidates from the agency because")
                    .append(" their CVs arrived twice, once directly and once through the job board. ");
        }
        return text.toString();
    }
}
