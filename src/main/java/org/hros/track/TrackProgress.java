package org.hros.track;

import java.time.Instant;

/** Progress on tracks that other modules record: passing an exercise completes its steps. */
public interface TrackProgress {

    /**
     * Marks done every exercise step with this slug for the member, in every track that has one, and completes the
     * tracks the member follows whose every step is then done. Recording the same pass again changes nothing.
     */
    void recordExercisePassed(long memberId, String exerciseSlug, Instant at);
}
