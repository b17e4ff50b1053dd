package org.hros.track;

/** What a step of a track asks the member to read or do. */
public enum StepKind {
    /** A published case or Spark. */
    CASE,
    /** A request on the agenda with the cases that answer it. */
    REQUEST,
    /** A short text by the track's editors. */
    TEXT,
    /** A practice exercise, done when the member passes it (never ticked by hand). */
    EXERCISE;

    public String messageKey() {
        return "track.step.kind." + name();
    }

    /** Whether the member marks this step done themselves. */
    public boolean tickedByHand() {
        return this != EXERCISE;
    }
}
