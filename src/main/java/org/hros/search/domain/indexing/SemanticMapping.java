package org.hros.search.domain.indexing;

import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hros.search.domain.analysis.SentenceEmbeddings;

/**
 * Maps a case's embedding as a vector field (cosine). It is mapped here rather than by annotation because on
 * OpenSearch vector fields need its k-NN plugin: the Lucene backend always registers it (SearchConfiguration),
 * the `opensearch` profile registers it too (application-opensearch.properties), where it becomes a
 * {@code knn_vector} on the Lucene k-NN engine and the index needs {@code index.knn: true}.
 */
public class SemanticMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String EMBEDDING = "embedding";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping()
                .type(CaseDocument.class)
                .property(EMBEDDING)
                .vectorField(SentenceEmbeddings.DIMENSIONS)
                .vectorSimilarity(VectorSimilarity.COSINE);
    }
}
