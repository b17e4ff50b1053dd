package org.hros.platform.db;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hros.platform.IndexingFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's background work (the outbox's event processor polls PostgreSQL every few seconds) reports its
 * failures here: a database outage is logged once per cause and minute like every other ({@link DatabaseOutageLog}),
 * anything else with its stack trace as Hibernate Search would. The agent tries again at its next poll either way.
 * The last failure is kept for the operations page ({@link IndexingFailures}).
 */
@Configuration(proxyBeanMethods = false)
class SearchIndexingFailures {

    static final String BEAN = "searchIndexingFailureHandler";

    @Bean(BEAN)
    OutageAwareFailureHandler searchIndexingFailureHandler(java.time.Clock clock) {
        return new OutageAwareFailureHandler(clock);
    }

    @Bean
    HibernatePropertiesCustomizer searchFailuresGoToTheOutageLog() {
        return properties -> properties.putIfAbsent("hibernate.search.background_failure_handler", "bean:" + BEAN);
    }

    static final class OutageAwareFailureHandler implements FailureHandler, IndexingFailures {

        private static final Logger log = LoggerFactory.getLogger("org.hibernate.search");

        private final AtomicReference<Failure> last = new AtomicReference<>();
        private final java.time.Clock clock;

        OutageAwareFailureHandler(java.time.Clock clock) {
            this.clock = clock;
        }

        @Override
        public Optional<Failure> last() {
            return Optional.ofNullable(last.get());
        }

        @Override
        public void handle(FailureContext context) {
            remember(context.throwable());
            report(context.throwable(), String.valueOf(context.failingOperation()));
        }

        @Override
        public void handle(EntityIndexingFailureContext context) {
            remember(context.throwable());
            report(context.throwable(), String.valueOf(context.failingOperation()));
        }

        private void remember(Throwable failure) {
            last.set(new Failure(
                    clock.instant(),
                    failure == null ? "unknown" : failure.getClass().getName(),
                    failure != null && DatabaseFaults.isOutage(failure)));
        }

        private static void report(Throwable failure, String operation) {
            if (DatabaseFaults.isOutage(failure)) {
                DatabaseOutageLog.record("search indexing", failure);
            } else {
                log.error("Search indexing failed: {}", operation, failure);
            }
        }
    }
}
