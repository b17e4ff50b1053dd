package org.hros.search.domain.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * How text becomes terms. Synonyms are not here: they are applied to queries (see {@code query.Synonyms}), so that an
 * administrator's additions count at once and multi-word synonyms match as phrases.
 */
@Component(SearchAnalysis.BEAN)
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String BEAN = "searchAnalysis";

    /** English with stemming: "hiring", "hired" and "hires" match each other. */
    public static final String ENGLISH = "english";

    /** Words as written, lower-cased and without accents: for typo tolerance and spelling suggestions. */
    public static final String PLAIN = "plain";

    /** Every prefix of every word of a title, for suggestions while typing. */
    public static final String AUTOCOMPLETE = "autocomplete";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(PLAIN)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
    }
}
