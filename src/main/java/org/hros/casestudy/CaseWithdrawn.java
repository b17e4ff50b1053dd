package org.hros.casestudy;

import org.hros.shared.PublicPagesChanged;

/** A published case was withdrawn: it must disappear from every public output. */
public record CaseWithdrawn(long caseId) implements PublicPagesChanged {}
