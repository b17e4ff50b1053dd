package org.hros.search.domain.indexing;

import java.nio.file.Path;
import org.hibernate.search.mapper.orm.outboxpolling.cfg.HibernateOrmMapperOutboxPollingSettings;
import org.hros.platform.HrosProperties;
import org.hros.search.domain.SearchProperties;
import org.hros.search.domain.analysis.SearchAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search on the embedded Lucene backend, with its index under {@code ${hros.data-dir}/index}.
 * Changes to the search module's documents are written to an outbox table in the same transaction and indexed
 * after commit by a background agent, so a crash between the two loses nothing and several nodes can share one
 * database. Only the search module's entities are indexed; the other modules' entities are untouched.
 *
 * <p>Any {@code spring.jpa.properties.hibernate.search.*} property overrides what is set here, e.g. to use an
 * Elasticsearch or OpenSearch backend instead.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    IndexState indexState() {
        return new IndexState();
    }

    @Bean
    HibernatePropertiesCustomizer searchProperties(
            HrosProperties hrosProperties, SearchProperties searchProperties, IndexState state) {
        return properties -> {
            properties.putIfAbsent("hibernate.search.coordination.strategy", "outbox-polling");
            properties.putIfAbsent(
                    HibernateOrmMapperOutboxPollingSettings.COORDINATION_EVENT_PROCESSOR_POLLING_INTERVAL, "100");
            // Both backends are on the class path: Lucene unless a profile (e.g. `opensearch`) says otherwise.
            properties.putIfAbsent("hibernate.search.backend.type", "lucene");
            if (!"lucene".equals(properties.get("hibernate.search.backend.type"))) {
                // Another backend brings its own analysis configurer and keeps its index elsewhere.
                return;
            }
            Path indexDir = searchProperties.indexDir();
            IndexFolder folder = new IndexFolder(
                    indexDir == null || indexDir.toString().isBlank()
                            ? hrosProperties.dataDir().resolve("index")
                            : indexDir);
            properties.putIfAbsent(
                    "hibernate.search.backend.directory.root", folder.root().toString());
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
            properties.putIfAbsent("hibernate.search.backend.analysis.configurer", "bean:" + SearchAnalysis.BEAN);
            properties.putIfAbsent("hibernate.search.mapping.configurer", "class:" + SemanticMapping.class.getName());
            if (folder.needsRebuild()) {
                state.rebuildNeededAtStart();
            }
        };
    }
}
