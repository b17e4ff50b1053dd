package org.hros.shared;

import java.util.List;

/**
 * Where a case happened. A word of the community's {@link VocabularyKind#REGION} list, held by its slug; which words exist, their
 * labels and order are the admins' data (docs/vocabulary.md).
 */
public record Region(String slug) implements Vocabulary, Comparable<Region> {

    public Region {
        slug = Vocabulary.checkedSlug(slug);
    }

    /** The word with this slug, checked for its form only (whether the community uses it is the catalogue's). */
    public static Region of(String slug) {
        return new Region(slug);
    }

    /** The words to offer in forms and filters: the active ones, in the admins' order. */
    public static List<Region> active() {
        return Vocabulary.active(Region.class);
    }

    @Override
    public VocabularyKind kind() {
        return VocabularyKind.REGION;
    }

    @Override
    public int compareTo(Region other) {
        return slug.compareTo(other.slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
