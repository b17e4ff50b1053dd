package org.hros.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** For the weekly check-in reminders: which members have a goal they have gone quiet on. */
public interface CheckInDue {

    /**
     * Of these members, those with an active goal (set or checked in on in the last twelve weeks) and no check-in
     * on any of their goals since {@code since}, each with the active goal they last worked on.
     */
    Map<Long, QuietGoal> quietSince(Collection<Long> memberIds, Instant since);

    /** The goal a reminder names; only ever shown to its owner. */
    record QuietGoal(long goalId, String title, String path) {}
}
