package org.hros.operations.domain;

import java.time.Instant;
import java.util.List;
import org.hros.search.SearchIndexOverview.IndexReport;

/**
 * The operations page at one moment.
 *
 * @param incompletePublications events whose handlers have not completed
 * @param oldestIncompletePublication when the oldest of them was published, or {@code null}
 */
public record OperationsView(
        Instant at,
        List<HealthCheck> health,
        IndexReport index,
        List<MailQueueView> mail,
        long incompletePublications,
        Instant oldestIncompletePublication,
        List<LockView> locks) {}
