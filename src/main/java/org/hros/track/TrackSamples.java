package org.hros.track;

/** Publishing tracks and following them directly, for the demo community. */
public interface TrackSamples {

    /** Whether any track exists yet. */
    boolean hasTracks();

    /** Publishes a track as the given editor; returns its slug. Every reference must resolve. */
    String publishSample(long editorId, TrackCommand command);

    /**
     * The member marks a step of a published track done, starting the track if they had not, by the same rules as
     * the track's page: an exercise step is done only by passing its exercise.
     */
    void markDoneSample(String slug, int position, long memberId);
}
