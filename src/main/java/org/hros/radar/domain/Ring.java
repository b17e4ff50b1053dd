package org.hros.radar.domain;

import java.util.Locale;

/** How far the community's evidence says a practice has come, from the centre of the radar outwards. */
public enum Ring {
    ADOPT,
    TRIAL,
    ASSESS,
    HOLD;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "radar.ring." + slug();
    }

    /** Whether this ring is nearer the centre (Adopt) than {@code other}. */
    public boolean innerThan(Ring other) {
        return ordinal() < other.ordinal();
    }
}
