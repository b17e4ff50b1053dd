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
    REVEALED_ATTRIBUTION;

    public String messageKey() {
        return "audit.action." + name();
    }
}
