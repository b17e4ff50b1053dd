package org.hros.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A controlled word of the field (a topic, skill, industry, size band or region), stored by its slug. Which words a
 * community uses, their labels, descriptions and order are data its admins run; the {@code vocabulary} module
 * installs that catalogue here when the application starts ({@link #install}), so that every module can parse,
 * list and check words without depending on it. Labels are answered under {@link #messageKey()} by the message
 * source, from the same catalogue.
 */
public interface Vocabulary {

    /** Lower-case ASCII letters and digits in hyphen-joined parts, at most 40 characters. */
    Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    int MAX_SLUG = 40;

    String slug();

    VocabularyKind kind();

    default String messageKey() {
        return kind().labelKey(slug());
    }

    /** The community's words, as the {@code vocabulary} module keeps them. */
    interface Catalogue {

        /** The current slug for this one: itself if it is a word (active or retired), where a rename or merge sent it, else empty. */
        Optional<String> resolve(VocabularyKind kind, String slug);

        /** Whether the word may be given to new content: it exists and is not retired. */
        boolean isActive(VocabularyKind kind, String slug);

        /** The active words' slugs in the admins' order. */
        List<String> active(VocabularyKind kind);

        /** The radar quadrant of a topic or skill (empty for other kinds, or a word the catalogue does not hold). */
        Optional<Quadrant> quadrant(VocabularyKind kind, String slug);
    }

    /**
     * Where {@link #fromSlug} and {@link #active} look: the catalogue installed last that is still running (a second
     * application in the same JVM, as some tests start, installs its own and hands back on stopping).
     */
    final class Installed {
        private static final java.util.List<Catalogue> CATALOGUES = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Installed() {}

        static Catalogue current() {
            java.util.List<Catalogue> all = CATALOGUES;
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    /** Makes the community's catalogue the one every word is checked against (the {@code vocabulary} module does it). */
    static void install(Catalogue catalogue) {
        Installed.CATALOGUES.add(catalogue);
    }

    /** Forgets a catalogue whose application stopped. */
    static void uninstall(Catalogue catalogue) {
        Installed.CATALOGUES.remove(catalogue);
    }

    /** The slug if it has a slug's form, else an {@link IllegalArgumentException}. */
    static String checkedSlug(String slug) {
        if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        return slug;
    }

    static boolean isSlug(String slug) {
        return slug != null && slug.length() <= MAX_SLUG && SLUG.matcher(slug).matches();
    }

    /**
     * The word a reader or a client means by this slug: the word itself (active or retired), or the word an old slug
     * was renamed or merged into. Empty for anything else.
     */
    static <W extends Vocabulary> Optional<W> fromSlug(Class<W> type, String slug) {
        if (!isSlug(slug)) {
            return Optional.empty();
        }
        VocabularyKind kind = VocabularyKind.of(type);
        Catalogue catalogue = Installed.current();
        Optional<String> current = catalogue == null ? Optional.of(slug) : catalogue.resolve(kind, slug);
        return current.map(s -> type.cast(kind.word(s)));
    }

    /** The word for new content: like {@link #fromSlug}, but never a retired word. */
    static <W extends Vocabulary> Optional<W> forNewContent(Class<W> type, String slug) {
        return fromSlug(type, slug).filter(Vocabulary::isActive);
    }

    /** Whether new content may carry this word (it is not retired). */
    static boolean isActive(Vocabulary word) {
        Catalogue catalogue = Installed.current();
        return catalogue == null || catalogue.isActive(word.kind(), word.slug());
    }

    /**
     * The radar quadrant admins chose for this word (topics and skills have one); empty for another kind, a word the
     * catalogue does not hold, or when no catalogue is installed.
     */
    static Optional<Quadrant> quadrantOf(Vocabulary word) {
        Catalogue catalogue = Installed.current();
        return catalogue == null ? Optional.empty() : catalogue.quadrant(word.kind(), word.slug());
    }

    /**
     * The words an edit form offers for an item that carries {@code carried}: the active ones in the admins' order,
     * then the retired ones the item already has, so that saving the form keeps them unless the author unticks them
     * (templates mark those with {@link #isActive}).
     */
    static <W extends Vocabulary> List<W> offered(Class<W> type, Collection<? extends W> carried) {
        List<W> words = new java.util.ArrayList<>(active(type));
        if (carried != null) {
            carried.stream()
                    .filter(w -> w != null && !words.contains(w))
                    .sorted(java.util.Comparator.comparing(Vocabulary::slug))
                    .forEach(words::add);
        }
        return words;
    }

    /** Like {@link #offered(Class, Collection)} for a field that holds one word (or none). */
    static <W extends Vocabulary> List<W> offered(Class<W> type, W carried) {
        return offered(type, carried == null ? List.of() : List.of(carried));
    }

    /**
     * Whether {@code chosen} adds a retired word that the item did not carry before ({@code before}, empty for new
     * content). Every service that stores words asks this on each save: a retired word the item already had stays
     * when it is edited, while a retired word newly given is refused, naming the field, as for new content.
     */
    static boolean addsRetired(Collection<? extends Vocabulary> chosen, Collection<? extends Vocabulary> before) {
        if (chosen == null) {
            return false;
        }
        Collection<? extends Vocabulary> had = before == null ? List.of() : before;
        return chosen.stream().anyMatch(w -> w != null && !had.contains(w) && !isActive(w));
    }

    /** Like {@link #addsRetired(Collection, Collection)} for a field that holds one word (or none). */
    static boolean addsRetired(Vocabulary chosen, Vocabulary before) {
        return chosen != null && !chosen.equals(before) && !isActive(chosen);
    }

    /** The active words of a kind, in the admins' order. */
    static <W extends Vocabulary> List<W> active(Class<W> type) {
        VocabularyKind kind = VocabularyKind.of(type);
        Catalogue catalogue = Installed.current();
        if (catalogue == null) {
            return List.of();
        }
        return catalogue.active(kind).stream().map(s -> type.cast(kind.word(s))).toList();
    }

    /**
     * Parses a comma-separated list of slugs as stored in a column. Stored words are taken as they are (a retired
     * word stays on old content); a slug that is not a slug's form is skipped.
     */
    static <W extends Vocabulary & Comparable<W>> Set<W> parseAll(Class<W> type, String joined) {
        Set<W> result = new TreeSet<>();
        if (joined != null) {
            VocabularyKind kind = VocabularyKind.of(type);
            for (String slug : joined.split(",")) {
                String s = slug.trim();
                if (isSlug(s)) {
                    result.add(type.cast(kind.word(s)));
                }
            }
        }
        return result;
    }

    /** A word as stored in a column, or {@code null} when there is none (or it is not a slug's form). */
    static <W extends Vocabulary> W stored(Class<W> type, String slug) {
        return isSlug(slug) ? type.cast(VocabularyKind.of(type).word(slug)) : null;
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
