package org.hros.shared;

import java.util.List;

/**
 * What a case is about; a case has one to three. A word of the community's {@link VocabularyKind#TOPIC} list, held by its slug; which words exist, their
 * labels and order are the admins' data (docs/vocabulary.md).
 */
public record Topic(String slug) implements Vocabulary, Comparable<Topic> {

    public Topic {
        slug = Vocabulary.checkedSlug(slug);
    }

    /** The word with this slug, checked for its form only (whether the community uses it is the catalogue's). */
    public static Topic of(String slug) {
        return new Topic(slug);
    }

    /** The words to offer in forms and filters: the active ones, in the admins' order. */
    public static List<Topic> active() {
        return Vocabulary.active(Topic.class);
    }

    /** The radar quadrant admins chose for this word; empty only for a word the community's lists do not hold. */
    public java.util.Optional<Quadrant> quadrant() {
        return Vocabulary.quadrantOf(this);
    }

    @Override
    public VocabularyKind kind() {
        return VocabularyKind.TOPIC;
    }

    @Override
    public int compareTo(Topic other) {
        return slug.compareTo(other.slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
