package org.hros.shared;

import java.util.List;

/**
 * A company's headcount band: wide enough never to identify a company on its own. A word of the community's {@link VocabularyKind#SIZE} list, held by its slug; which words exist, their
 * labels and order are the admins' data (docs/vocabulary.md).
 */
public record SizeBand(String slug) implements Vocabulary, Comparable<SizeBand> {

    public SizeBand {
        slug = Vocabulary.checkedSlug(slug);
    }

    /** The word with this slug, checked for its form only (whether the community uses it is the catalogue's). */
    public static SizeBand of(String slug) {
        return new SizeBand(slug);
    }

    /** The words to offer in forms and filters: the active ones, in the admins' order. */
    public static List<SizeBand> active() {
        return Vocabulary.active(SizeBand.class);
    }

    @Override
    public VocabularyKind kind() {
        return VocabularyKind.SIZE;
    }

    @Override
    public int compareTo(SizeBand other) {
        return slug.compareTo(other.slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
