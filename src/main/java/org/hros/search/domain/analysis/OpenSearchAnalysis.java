package org.hros.search.domain.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, under the same names, for the Elasticsearch backend against
 * OpenSearch (the {@code opensearch} profile). OpenSearch builds them in the index's settings from its own
 * analysis components, which are Lucene's: the same text gives the same terms on either backend.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "hros_english_possessive";
    private static final String STOP = "hros_english_stop";
    private static final String EDGE = "hros_edge_ngram";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(STOP).type("stop").param("stopwords", "_english_");
        context.tokenFilter(EDGE).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", STOP, "porter_stem");
        context.analyzer(SearchAnalysis.PLAIN).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchAnalysis.AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", EDGE);
    }
}
