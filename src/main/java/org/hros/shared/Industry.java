package org.hros.shared;

import java.util.List;

/**
 * The industry a case happened in. A word of the community's {@link VocabularyKind#INDUSTRY} list, held by its slug; which words exist, their
 * labels and order are the admins' data (docs/vocabulary.md).
 */
public record Industry(String slug) implements Vocabulary, Comparable<Industry> {

    public Industry {
        slug = Vocabulary.checkedSlug(slug);
    }

    /** The word with this slug, checked for its form only (whether the community uses it is the catalogue's). */
    public static Industry of(String slug) {
        return new Industry(slug);
    }

    /** The words to offer in forms and filters: the active ones, in the admins' order. */
    public static List<Industry> active() {
        return Vocabulary.active(Industry.class);
    }

    @Override
    public VocabularyKind kind() {
        return VocabularyKind.INDUSTRY;
    }

    @Override
    public int compareTo(Industry other) {
        return slug.compareTo(other.slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
