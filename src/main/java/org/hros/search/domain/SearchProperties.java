package org.hros.search.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search, {@code hros.search.*} (docs/search.md).
 *
 * @param indexDir the folder of the embedded Lucene index; unset: {@code index} under {@code hros.data-dir}
 * @param timeLimit no query keeps the index busy longer; it answers with what it found so far
 * @param resultCacheSize how many answers of the index are kept while it is unchanged (0 turns it off)
 * @param planCacheSize how many searches' Lucene plans are kept (0 turns it off)
 * @param workers how many searches run at once; 0: one per processor
 * @param queue how many searches may wait for a worker; beyond that a search runs on the request's own thread
 * @param opensearch the OpenSearch cluster of the {@code opensearch} profile
 * @param semantic search by meaning, next to search by words
 */
@ConfigurationProperties("hros.search")
@Validated
public record SearchProperties(
        Path indexDir,
        @DefaultValue("1s") @NotNull Duration timeLimit,
        @DefaultValue("1000") @PositiveOrZero int resultCacheSize,
        @DefaultValue("1000") @PositiveOrZero int planCacheSize,
        @DefaultValue("0") @PositiveOrZero int workers,
        @DefaultValue("1024") @Positive int queue,
        @DefaultValue @Valid Opensearch opensearch,
        @DefaultValue @Valid Semantic semantic) {

    /**
     * The OpenSearch cluster of the {@code opensearch} profile.
     *
     * @param uris the addresses of the cluster's nodes, comma-separated (the profile sets http://localhost:9200)
     */
    public record Opensearch(String uris) {}

    /**
     * Search by meaning: sentence embeddings of cases, requests and replies, fused with the lexical ranking.
     *
     * @param enabled whether texts are embedded and searched by meaning; {@code false} searches by words alone
     * @param neighbours how many nearest neighbours by meaning a search asks for
     * @param minCosine the least similarity of a neighbour that is fused with words' matches
     * @param minCosineAlone the least similarity of a neighbour that no word matched
     * @param rankConstant the constant of reciprocal rank fusion
     * @param lexicalWeight the weight of the ranking by words in the fusion
     * @param semanticWeight the weight of the ranking by meaning in the fusion
     * @param backendBoost the boost of the nearest-neighbour clause on a remote backend
     * @param backfillInterval how often documents still without an embedding are embedded
     */
    public record Semantic(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("40") @Positive int neighbours,
            @DefaultValue("0.5") float minCosine,
            @DefaultValue("0.6") float minCosineAlone,
            @DefaultValue("60") @Positive int rankConstant,
            @DefaultValue("1.0") float lexicalWeight,
            @DefaultValue("0.3") float semanticWeight,
            @DefaultValue("1.0") float backendBoost,
            @DefaultValue("10s") @NotNull Duration backfillInterval) {}
}
