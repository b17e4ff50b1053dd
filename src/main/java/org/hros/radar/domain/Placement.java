package org.hros.radar.domain;

import org.hros.shared.Quadrant;

/**
 * One blip where it stands, on the current radar or in an edition.
 *
 * @param kind {@code topic}, {@code skill} or {@code practice}
 * @param ring the ring it is shown in: the editors' when they overrode it, the rule's otherwise
 * @param computed the ring the rule gives (null when the evidence places it nowhere)
 * @param rationale the editors' reason when they overrode the ring, otherwise null
 */
public record Placement(
        String kind,
        String slug,
        String name,
        Quadrant quadrant,
        Ring ring,
        Ring computed,
        String rationale,
        Evidence evidence) {

    public String key() {
        return kind + ":" + slug;
    }

    public String path() {
        return "/radar/blips/" + kind + "/" + slug;
    }

    public String kindKey() {
        return "radar.blip.kind." + kind;
    }

    public boolean overridden() {
        return rationale != null;
    }
}
