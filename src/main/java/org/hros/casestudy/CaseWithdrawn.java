package org.hros.casestudy;

/** A published case was withdrawn: it must disappear from every public output. */
public record CaseWithdrawn(long caseId) {}
