package org.hros.casestudy.domain;

import java.time.Instant;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;

/**
 * One of a member's own cases on their dashboard.
 *
 * @param scheduledFor when a scheduled case will be published, or {@code null} when it is not scheduled
 */
public record MyCaseItem(
        long id,
        CaseType type,
        String title,
        Outcome outcome,
        CaseStatus status,
        AttributionMode attribution,
        int publishedRevision,
        boolean withdrawn,
        String publicPath,
        Instant updatedAt,
        Instant scheduledFor) {

    public boolean live() {
        return publishedRevision > 0 && !withdrawn;
    }
}
