package org.hros.session;

/** What kind of live session it is. */
public enum SessionKind {
    /** A talk with questions. */
    TALK,
    /** A clinic: members bring a problem and work on it together. */
    CLINIC,
    /** A podcast or video recording with a live audience. */
    RECORDING;

    public String messageKey() {
        return "session.kind." + name();
    }
}
