package org.hros.moderation;

/** What the audit log records. */
public enum AuditAction {
    /** An editor opened the review screen, which shows the real author of a case. */
    VIEWED_AUTHOR,
    /** An editor took a published case down. */
    TOOK_DOWN,
    /** An author withdrew their own published case. */
    WITHDREW,
    /** An author made a published case's attribution less private, after confirming. */
    REVEALED_ATTRIBUTION,
    /**
     * An editor opened a request's triage page showing an accepted offer, which ties the member who offered to the
     * case their draft became (possibly published without their name).
     */
    SAW_OFFER_CASE;

    public String messageKey() {
        return "audit.action." + name();
    }
}
