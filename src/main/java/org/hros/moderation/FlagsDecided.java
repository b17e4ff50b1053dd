package org.hros.moderation;

import java.util.Set;
import org.hros.shared.SubjectType;

/**
 * Editors decided about an item that members flagged; the members who flagged it hear the outcome through their
 * notification settings. It names the item, never its author.
 *
 * @param itemId the case's, request's, reply's or circle post's id
 * @param title the item's title as its flaggers saw it
 * @param link where the item is, e.g. {@code /cases/4}; {@code null} when it is hidden
 * @param decisionId the newest flag the decision closed, so that each flagger is told of each decision once
 */
public record FlagsDecided(
        SubjectType type,
        long itemId,
        Outcome outcome,
        String title,
        String reason,
        String link,
        Set<Long> flaggerIds,
        long decisionId) {

    public FlagsDecided {
        flaggerIds = Set.copyOf(flaggerIds);
    }

    public enum Outcome {
        KEPT,
        HIDDEN,
        RESTORED
    }
}
