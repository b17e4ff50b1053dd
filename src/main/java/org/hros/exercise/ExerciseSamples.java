package org.hros.exercise;

/** Members' attempts at built-in exercises, for the demo community. Never reachable from a page or the API. */
public interface ExerciseSamples {

    /**
     * Submits the built-in exercise's sample solution as the member's attempt, checked like any other; a first pass
     * publishes {@link ExercisePassed}. Returns whether it passed.
     */
    boolean attemptSample(String exerciseSlug, long memberId);
}
