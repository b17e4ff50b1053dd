package org.hros.radar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hros.radar.domain.EditionDiff;
import org.hros.radar.domain.Placement;
import org.hros.radar.domain.Ring;
import org.hros.shared.Quadrant;

/**
 * Where each blip goes on the drawn radar: its quadrant's quarter of the circle and its ring's band, spread evenly
 * across the quarter so that blips of one ring never sit on top of each other. Numbers run quadrant by quadrant,
 * ring by ring, so the table beside the chart reads in the same order.
 */
public final class RadarChart {

    public static final int SIZE = 600;
    public static final int CENTRE = SIZE / 2;

    /** The outer radius of each ring, Adopt first. */
    private static final int[] RADII = {105, 175, 240, 295};

    private RadarChart() {}

    public static int radius(Ring ring) {
        return RADII[ring.ordinal()];
    }

    /** Where a quadrant's name is written: in its corner. */
    public static int labelX(Quadrant quadrant) {
        return quadrant.ordinal() % 2 == 0 ? 8 : SIZE - 8;
    }

    public static int labelY(Quadrant quadrant) {
        return quadrant.ordinal() < 2 ? 20 : SIZE - 10;
    }

    public static String labelAnchor(Quadrant quadrant) {
        return quadrant.ordinal() % 2 == 0 ? "start" : "end";
    }

    static List<BlipView> layout(List<Placement> placements, Map<String, EditionDiff.Move> moves) {
        List<BlipView> blips = new ArrayList<>();
        int number = 1;
        for (Quadrant quadrant : Quadrant.values()) {
            for (Ring ring : Ring.values()) {
                List<Placement> cell = placements.stream()
                        .filter(p -> p.quadrant() == quadrant && p.ring() == ring)
                        .toList();
                for (int i = 0; i < cell.size(); i++) {
                    Placement p = cell.get(i);
                    double inner = ring.ordinal() == 0 ? 20 : RADII[ring.ordinal() - 1];
                    double outer = RADII[ring.ordinal()];
                    double r = inner + (outer - inner) * (i % 2 == 0 ? 0.35 : 0.7);
                    double angle = Math.toRadians(start(quadrant) + 90.0 * (i + 1) / (cell.size() + 1));
                    int x = (int) Math.round(CENTRE + r * Math.cos(angle));
                    int y = (int) Math.round(CENTRE - r * Math.sin(angle));
                    EditionDiff.Move move = moves.get(p.key());
                    blips.add(new BlipView(
                            number++,
                            p,
                            move == null ? null : move.movement(),
                            move == null ? null : move.before(),
                            x,
                            y));
                }
            }
        }
        return blips;
    }

    /** Quadrants go top left, top right, bottom left, bottom right; angles count anticlockwise from the right. */
    private static double start(Quadrant quadrant) {
        return switch (quadrant) {
            case SOURCING_HIRING -> 90;
            case EMPLOYER_BRAND -> 0;
            case PEOPLE_CULTURE -> 180;
            case TOOLS_DATA -> 270;
        };
    }
}
