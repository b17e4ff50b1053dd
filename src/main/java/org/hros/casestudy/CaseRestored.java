package org.hros.casestudy;

import org.hros.shared.PublicPagesChanged;

/**
 * A case that flags or an editor had hidden pending review is shown again, exactly as it was: outputs that left it
 * out when it was hidden (announced as {@link CaseWithdrawn}) take it back.
 */
public record CaseRestored(long caseId) implements PublicPagesChanged {}
