package org.hros.casestudy;

/**
 * A case was submitted, or resubmitted, for review. The title is for the editors who are told of it; the author's id
 * only keeps an editor who submitted from being told of their own case, and never leaves the listener.
 */
public record CaseSubmitted(long caseId, int round, String title, long authorId) {}
