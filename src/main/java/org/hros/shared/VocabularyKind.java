package org.hros.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The five lists of words a community runs: each kind has its value type, its address word
 * ({@code /admin/vocabulary/topic}) and the prefix of its labels' message keys.
 */
public enum VocabularyKind {
    TOPIC("topic", Topic.class, Topic::new),
    SKILL("skill", Skill.class, Skill::new),
    INDUSTRY("industry", Industry.class, Industry::new),
    SIZE("size", SizeBand.class, SizeBand::new),
    REGION("region", Region.class, Region::new);

    private final String slug;
    private final Class<? extends Vocabulary> type;
    private final Function<String, ? extends Vocabulary> factory;

    <W extends Vocabulary> VocabularyKind(String slug, Class<W> type, Function<String, W> factory) {
        this.slug = slug;
        this.type = type;
        this.factory = factory;
    }

    /** The kind's word in addresses and in the {@code term.kind} column. */
    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "vocabulary.kind." + slug;
    }

    /** The message key of a word's label, answered from the catalogue, not from {@code messages.properties}. */
    public String labelKey(String wordSlug) {
        return "vocabulary." + slug + "." + wordSlug;
    }

    /** The word of this kind with that slug, checked for its form only. */
    public Vocabulary word(String wordSlug) {
        return factory.apply(wordSlug);
    }

    public static Optional<VocabularyKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public static VocabularyKind of(Class<? extends Vocabulary> type) {
        return Arrays.stream(values())
                .filter(k -> k.type.equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName()));
    }
}
