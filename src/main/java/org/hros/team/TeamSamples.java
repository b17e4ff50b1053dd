package org.hros.team;

import java.time.LocalDate;
import java.util.List;

/** Creating a team with its members and assignments directly, for the demo community. Never reachable from a page. */
public interface TeamSamples {

    /** Creates a team led by {@code leadId} with the others as plain members; returns its id. */
    long createSample(String name, String purpose, long leadId, List<Long> memberIds);

    /**
     * The team's lead assigns a published track, named by its slug with its title as assigned, due on a UTC day
     * that is not in the past; returns the assignment's id.
     */
    long assignSample(long teamId, String trackSlug, String trackTitle, LocalDate dueOn);
}
