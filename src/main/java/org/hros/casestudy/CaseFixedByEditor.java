package org.hros.casestudy;

/**
 * An editor made a small fix to a section of a submission without returning it; its author is told what and why.
 *
 * @param noteId the review note that records the fix, which identifies it
 */
public record CaseFixedByEditor(long caseId, long authorId, String title, long noteId, String why) {}
