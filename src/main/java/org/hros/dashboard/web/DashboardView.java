package org.hros.dashboard.web;

import java.util.List;
import org.hros.dashboard.domain.CommunityFigures;

/**
 * The dashboard page.
 *
 * @param spans the spans an admin may choose, in weeks
 * @param weeksProblem the message key of what was wrong with the asked span, or {@code null}
 */
public record DashboardView(CommunityFigures figures, List<Integer> spans, String weeksProblem) {}
