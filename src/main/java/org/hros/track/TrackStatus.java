package org.hros.track;

/** Where a track is on its way to the public list. */
public enum TrackStatus {
    /** Being composed by its proposer (or an editor); seen only by them and editors. */
    DRAFT,
    /** Proposed and waiting for an editor. */
    SUBMITTED,
    /** Sent back to the proposer with a note. */
    RETURNED,
    /** On the public list. */
    PUBLISHED;

    public String messageKey() {
        return "track.status." + name();
    }
}
