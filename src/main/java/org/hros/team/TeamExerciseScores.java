package org.hros.team;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Implemented by the module that keeps practice exercises, so that a team's dashboard can chart its members'
 * exercise scores without this module depending on that one.
 */
public interface TeamExerciseScores {

    /** Every attempt the given members made at or after {@code since}, oldest first. */
    List<ExerciseAttempt> attempts(Collection<Long> memberIds, Instant since);

    /**
     * One attempt at an exercise.
     *
     * @param score 0 to 100
     * @param passed whether the attempt passed the exercise
     */
    record ExerciseAttempt(
            long memberId, String exerciseSlug, String exerciseTitle, int score, boolean passed, Instant at) {}
}
