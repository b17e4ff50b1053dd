package org.hros.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A controlled word of the field: stored by its slug, shown through a message key so that every label
 * lives in the message files.
 */
public interface Vocabulary {

    String slug();

    String messageKey();

    static <E extends Enum<E> & Vocabulary> Optional<E> fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.slug().equals(slug))
                .findFirst();
    }

    /** Parses a comma-separated list of slugs as stored in a column, skipping unknown words. */
    static <E extends Enum<E> & Vocabulary> Set<E> parseAll(Class<E> type, String joined) {
        Set<E> result = EnumSet.noneOf(type);
        if (joined != null) {
            for (String slug : joined.split(",")) {
                fromSlug(type, slug.trim()).ifPresent(result::add);
            }
        }
        return result;
    }

    static String joinAll(Collection<? extends Vocabulary> words) {
        return words == null
                ? ""
                : words.stream().map(Vocabulary::slug).sorted().collect(Collectors.joining(","));
    }

    static List<String> slugs(Collection<? extends Vocabulary> words) {
        return words.stream().map(Vocabulary::slug).toList();
    }
}
