package org.hros.casestudy;

/** A case was submitted, or resubmitted, for review. */
public record CaseSubmitted(long caseId, int round) {}
