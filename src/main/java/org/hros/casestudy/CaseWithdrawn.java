package org.hros.casestudy;

/**
 * A published case was withdrawn, taken down or hidden pending review: it must disappear from every public output
 * (until {@link CaseRestored}, for a hidden one).
 */
public record CaseWithdrawn(long caseId) {}
