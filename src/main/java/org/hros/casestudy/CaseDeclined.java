package org.hros.casestudy;

/**
 * The approver the author named at their employer declined publication: the case is back with its author,
 * with the approver's comment as a note. Carries the author's id for notifying them only.
 */
public record CaseDeclined(long caseId, long authorId, int round) {}
