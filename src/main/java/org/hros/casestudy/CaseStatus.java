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
    PUBLISHED;

    public boolean editableByAuthor() {
        return this == DRAFT || this == RETURNED || this == PUBLISHED;
    }

    public String messageKey() {
        return "status." + name();
    }
}
