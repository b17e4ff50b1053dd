package org.hros.radar.web;

import java.time.Instant;
import java.util.List;
import org.hros.radar.domain.Placement;
import org.hros.radar.domain.Ring;
import org.hros.shared.Quadrant;

/**
 * The radar page: the current radar (edition null) or one published edition, compared with the edition before.
 *
 * @param edition the edition's key, or null for the current radar
 * @param comparedWith the earlier edition's key the moves are against, or null when there is none
 * @param asOf when the figures were computed (current) or published (edition)
 * @param left blips of the earlier edition no longer on the radar
 * @param editions every published edition's key, newest first
 */
public record RadarView(
        String edition,
        String editionTitle,
        String comparedWith,
        String comparedWithTitle,
        Instant asOf,
        List<BlipView> blips,
        List<Placement> left,
        List<String> editions) {

    public List<Quadrant> quadrants() {
        return List.of(Quadrant.values());
    }

    public List<Ring> rings() {
        return List.of(Ring.values());
    }

    public List<BlipView> in(Quadrant quadrant) {
        return blips.stream().filter(b -> b.placement().quadrant() == quadrant).toList();
    }

    public int radius(Ring ring) {
        return RadarChart.radius(ring);
    }

    public boolean current() {
        return edition == null;
    }
}
