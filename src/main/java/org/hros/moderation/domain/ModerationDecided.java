package org.hros.moderation.domain;

import java.util.Set;
import org.hros.shared.SubjectType;

/**
 * Something was decided about a flagged item; its author and its flaggers are told after commit. Inside the
 * moderation module only: the author's id never leaves it.
 */
record ModerationDecided(
        SubjectType type,
        long id,
        Decision decision,
        String reason,
        long authorId,
        Set<Long> flaggerIds,
        String title) {

    enum Decision {
        HIDDEN_BY_FLAGS,
        KEPT,
        HIDDEN,
        RESTORED,
        /** An editor warned the author; only the author is told. */
        WARNED
    }
}
