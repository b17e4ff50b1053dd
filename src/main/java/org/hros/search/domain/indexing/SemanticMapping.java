package org.hros.search.domain.indexing;

import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hros.search.domain.analysis.SentenceEmbeddings;

/**
 * Maps a case's embedding as a vector field on the embedded Lucene backend. It is mapped here rather than by
 * annotation because OpenSearch needs its k-NN plugin for vector fields; there, search stays lexical.
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
