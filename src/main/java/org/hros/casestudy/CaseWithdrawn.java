package org.hros.casestudy;

import org.hros.shared.PublicPagesChanged;

/**
 * A published case was withdrawn, taken down or hidden pending review: it must disappear from every public output
 * (until {@link CaseRestored}, for a hidden one).
 */
public record CaseWithdrawn(long caseId) implements PublicPagesChanged {}
