package org.hros.casestudy;

/**
 * Where the working copy of a case stands. A case that has been published stays readable while its author
 * drafts changes: publication is tracked separately, as its revisions.
 */
public enum CaseStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    /** An editor approved it; the approver the author named at their employer has yet to. */
    AWAITING_APPROVAL,
    /** Approved by everyone; published automatically when its embargo ends. */
    SCHEDULED,
    PUBLISHED;

    /**
     * Whether the author may change the working copy. A case waiting for the employer or for its embargo may
     * be edited too: that cancels the wait and takes it back to draft, to be reviewed again.
     */
    public boolean editableByAuthor() {
        return this == DRAFT || this == RETURNED || this == PUBLISHED || this == AWAITING_APPROVAL || this == SCHEDULED;
    }

    public String messageKey() {
        return "status." + name();
    }
}
