package org.hros.circle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Implemented by the module that keeps practice goals, so that a circle page can list the goals its members
 * share with their circles without this module depending on that one.
 */
public interface CircleSharedGoals {

    /** The goals these members share with their circles (or with everyone), most recently active first. */
    List<SharedGoal> sharedBy(Collection<Long> memberIds, int limit);

    /**
     * One goal as a circle page shows it.
     *
     * @param ownerId the member who set it, to print their name from the circle's member list
     * @param path the goal's page
     * @param latestNote the newest check-in's note, or {@code null}
     * @param latestAt when that check-in was made, or {@code null}
     */
    record SharedGoal(long goalId, long ownerId, String title, String path, String latestNote, Instant latestAt) {}
}
