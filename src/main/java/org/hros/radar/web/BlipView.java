package org.hros.radar.web;

import org.hros.radar.domain.EditionDiff.Movement;
import org.hros.radar.domain.Placement;

/**
 * One blip as the chart and the table show it.
 *
 * @param number its number on the chart and in the table
 * @param before where it stood in the earlier edition; null when it is new or there is no earlier edition
 * @param x, y its centre on the chart, in the chart's own units
 */
public record BlipView(int number, Placement placement, Movement movement, Placement before, int x, int y) {

    public String moveClass() {
        return movement == null
                ? ""
                : "radar-blip--"
                        + movement.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
