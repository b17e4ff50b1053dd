package org.hros.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open-data download asks every few minutes when a published case last left the library. At 100,000 cases that
 * question read the whole case table (half a second cold); an index on the few withdrawn cases answers it. A test
 * database is small, so the planner may rightly scan it: sequential scans are made too dear here, and the plan must
 * then find the index (with no usable index it scans anyway, at any price).
 */
class OpenDataStalenessPlanTests extends IntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theLastDepartureIsReadFromAnIndexNotFromEveryCase() {
        List<String> plan = transactions.execute(tx -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select max(withdrawn_at) from case_study where published_revision > 0")
                    .query(String.class)
                    .list();
        });
        assertThat(String.join("\n", plan)).contains("case_study_withdrawn_at").doesNotContain("Seq Scan");
    }
}
