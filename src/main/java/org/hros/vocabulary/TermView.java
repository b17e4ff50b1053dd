package org.hros.vocabulary;

import org.hros.shared.Quadrant;
import org.hros.shared.VocabularyKind;

/** One word of a list as admins and readers see it; {@code quadrant} is the radar's, set for topics and skills only. */
public record TermView(
        VocabularyKind kind,
        String slug,
        String label,
        String description,
        int position,
        boolean retired,
        Quadrant quadrant) {

    /** Whether words of this kind have a radar quadrant. */
    public static boolean placedOnRadar(VocabularyKind kind) {
        return kind == VocabularyKind.TOPIC || kind == VocabularyKind.SKILL;
    }
}
