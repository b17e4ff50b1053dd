package org.hros.shared;

/** What earns a member trust, counted by the modules where it happens. */
public enum TrustSignal {
    /** Distinct days the member came to HROS (counted by the member module itself). */
    DAYS_VISITED,
    /** Published cases the member opened, each once. */
    CASES_READ,
    /** Replies others wrote to the member's replies. */
    REPLIES_RECEIVED,
    /** Reactions others gave the member's replies and cases. */
    REACTIONS_RECEIVED;

    public String messageKey() {
        return "trust.signal." + name();
    }
}
