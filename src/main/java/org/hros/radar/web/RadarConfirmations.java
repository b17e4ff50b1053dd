package org.hros.radar.web;

import java.util.List;
import org.hros.platform.web.ConfirmView;

/** What publishing an edition will do, asked before it is done: an edition stays readable for ever. */
public final class RadarConfirmations {

    private RadarConfirmations() {}

    public static ConfirmView publishEdition() {
        return new ConfirmView(
                "confirm-publish-edition",
                "radar.edition.confirm.title",
                null,
                List.of("radar.edition.confirm.snapshot", "radar.edition.confirm.once", "confirm.undone"),
                "/review/radar/editions",
                "radar.edition.publish",
                "/review/radar",
                "btn--primary");
    }
}
