package org.hros.radar.web;

import java.util.List;
import org.hros.radar.domain.Placement;
import org.hros.radar.domain.PracticeView;

/**
 * The editors' radar desk.
 *
 * @param thisQuarter this quarter's edition key
 * @param published whether this quarter's edition is out
 */
public record EditorView(String thisQuarter, boolean published, List<PracticeView> practices, List<Placement> blips) {}
