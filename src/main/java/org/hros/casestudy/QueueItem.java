package org.hros.casestudy;

import java.time.Instant;

/**
 * A submission waiting in the editors' queue.
 *
 * @param reviewerName the editor who claimed it, or {@code null} when unclaimed
 */
public record QueueItem(
        long caseId,
        CaseType type,
        String title,
        Outcome outcome,
        AttributionMode attribution,
        CaseStatus status,
        int round,
        Instant submittedAt,
        String reviewerName,
        Long reviewerId) {}
