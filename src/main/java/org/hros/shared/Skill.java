package org.hros.shared;

import java.util.List;

/**
 * A skill a case teaches or needed. A word of the community's {@link VocabularyKind#SKILL} list, held by its slug; which words exist, their
 * labels and order are the admins' data (docs/vocabulary.md).
 */
public record Skill(String slug) implements Vocabulary, Comparable<Skill> {

    public Skill {
        slug = Vocabulary.checkedSlug(slug);
    }

    /** The word with this slug, checked for its form only (whether the community uses it is the catalogue's). */
    public static Skill of(String slug) {
        return new Skill(slug);
    }

    /** The words to offer in forms and filters: the active ones, in the admins' order. */
    public static List<Skill> active() {
        return Vocabulary.active(Skill.class);
    }

    /** The radar quadrant admins chose for this word; empty only for a word the community's lists do not hold. */
    public java.util.Optional<Quadrant> quadrant() {
        return Vocabulary.quadrantOf(this);
    }

    @Override
    public VocabularyKind kind() {
        return VocabularyKind.SKILL;
    }

    @Override
    public int compareTo(Skill other) {
        return slug.compareTo(other.slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
