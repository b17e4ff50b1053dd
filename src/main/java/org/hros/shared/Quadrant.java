package org.hros.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four parts of the radar, and a property of every topic and skill: admins choose each word's quadrant in the
 * vocabulary, editors each practice's. It lives here rather than in {@code radar} because the vocabulary stores and
 * validates it and must not depend on the radar (which reads it back through {@link Topic#quadrant()} and
 * {@link Skill#quadrant()}); the radar keeps what the quadrants mean on its pages (their labels, their place on the
 * chart).
 */
public enum Quadrant {
    SOURCING_HIRING,
    EMPLOYER_BRAND,
    PEOPLE_CULTURE,
    TOOLS_DATA;

    /** How the quadrant is stored and posted: {@code sourcing-hiring}, {@code tools-data}, … */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "radar.quadrant." + slug();
    }

    /** The quadrant with this slug, or empty for anything else (a blank, a constant's name, a typo). */
    public static Optional<Quadrant> fromSlug(String slug) {
        return Arrays.stream(values()).filter(q -> q.slug().equals(slug)).findFirst();
    }
}
