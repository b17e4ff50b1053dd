package org.hros.casestudy;

/** An editor returned a case to its author with notes. Carries the author's id for notifying them only. */
public record CaseReturned(long caseId, long authorId, int round) {}
