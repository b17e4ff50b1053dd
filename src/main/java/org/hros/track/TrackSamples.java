package org.hros.track;

/** Publishing tracks directly, for the demo community. */
public interface TrackSamples {

    /** Whether any track exists yet. */
    boolean hasTracks();

    /** Publishes a track as the given editor; returns its slug. Every reference must resolve. */
    String publishSample(long editorId, TrackCommand command);
}
