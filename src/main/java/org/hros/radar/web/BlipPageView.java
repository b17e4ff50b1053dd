package org.hros.radar.web;

import java.util.List;
import org.hros.casestudy.CaseCard;
import org.hros.radar.domain.Placement;
import org.hros.radar.domain.PracticeView;
import org.hros.request.PublicRequest;

/**
 * A blip's evidence page: where it stands, the figures, and the cases and requests behind them.
 *
 * @param practice set for an editor-curated practice (its description and what ties cases to it)
 * @param cases as the library shows them, attribution decided there
 */
public record BlipPageView(
        Placement placement, PracticeView practice, List<CaseCard> cases, List<PublicRequest> requests) {

    public boolean onRadar() {
        return placement.ring() != null;
    }
}
