package org.hros.moderation.domain;

import org.hros.shared.SubjectType;

/**
 * Something was decided about a flagged item; its author is told after commit. Inside the moderation module only:
 * the author's id never leaves it (the flaggers hear of it through {@link org.hros.moderation.FlagsDecided}).
 */
record ModerationDecided(SubjectType type, long id, Decision decision, String reason, long authorId, String title) {

    enum Decision {
        HIDDEN_BY_FLAGS,
        KEPT,
        HIDDEN,
        RESTORED,
        /** An editor warned the author; only the author is told. */
        WARNED
    }
}
