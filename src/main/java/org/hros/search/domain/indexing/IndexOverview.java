package org.hros.search.domain.indexing;

import org.hros.platform.IndexingFailures;
import org.hros.search.SearchIndexOverview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The index's documents, its outbox backlog, the last rebuild and the last background failure. */
@Component
class IndexOverview implements SearchIndexOverview {

    private final IndexMaintenance maintenance;
    private final IndexState state;
    private final IndexingFailures failures;
    private final JdbcClient jdbc;

    IndexOverview(IndexMaintenance maintenance, IndexState state, IndexingFailures failures, JdbcClient jdbc) {
        this.maintenance = maintenance;
        this.state = state;
        this.failures = failures;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public IndexReport report() {
        IndexMaintenance.Status status = maintenance.status();
        long waiting = jdbc.sql("select count(*) from hsearch_outbox_event")
                .query(Long.class)
                .single();
        var last = failures.last();
        return new IndexReport(
                status.documents(),
                status.requests(),
                status.replies(),
                waiting,
                status.rebuilding(),
                status.percent(),
                status.startedAt(),
                status.finishedAt(),
                state.failure(),
                last.map(IndexingFailures.Failure::at).orElse(null),
                last.map(IndexingFailures.Failure::kind).orElse(null));
    }
}
