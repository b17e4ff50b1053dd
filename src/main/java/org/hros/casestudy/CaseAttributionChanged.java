package org.hros.casestudy;

import org.hros.shared.PublicPagesChanged;

/**
 * The author of a published case changed how it credits them. Carries no mode and no name: whatever listens
 * only learns that the case's pages must be read again.
 */
public record CaseAttributionChanged(long caseId) implements PublicPagesChanged {}
