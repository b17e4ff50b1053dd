package org.hros.casestudy;

import java.time.Instant;
import java.util.List;
import org.hros.shared.Skill;

/** What arrived in the library over a stretch of time, for periodic mail (the digest). */
public interface CaseArrivals {

    /**
     * The cases first published at or after {@code from} and before {@code until} that are still published and not
     * withdrawn, newest first, at most {@code limit}. A case republished with a new revision is not new again.
     */
    List<NewCase> firstPublishedBetween(Instant from, Instant until, int limit);

    /**
     * A newly published case: its card (attribution decided as everywhere), its skills, and when it was first
     * published. That moment only places the case in a member's period; it is never shown, as a case that does not
     * name its author shows its day only.
     */
    record NewCase(CaseCard card, List<Skill> skills, Instant firstPublishedAt) {

        public NewCase {
            skills = List.copyOf(skills);
        }
    }
}
