package org.hros.radar.web;

import java.util.List;
import org.hros.platform.web.FormView;
import org.hros.radar.domain.Placement;
import org.hros.radar.domain.Ring;

/** The page where an editor overrides one blip's ring. */
public record OverridePageView(Placement placement, FormView<OverrideForm> form) {

    public List<Ring> rings() {
        return List.of(Ring.values());
    }
}
