package org.hros.redaction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists shipped in {@code src/main/resources/redaction/}: well-known employers, given names, surnames and
 * cities. One entry a line; {@code #} starts a comment; a trailing {@code “ ~”} marks an ambiguous entry (see each
 * file's header for what that means for it).
 */
public final class WordLists {

    /**
     * One line of a list.
     *
     * @param replacement the neutral text offered in its place, set by a {@code #>} line; {@code null} if none
     */
    record Entry(String name, boolean ambiguous, String replacement, boolean midSentence) {

        Entry(String name, boolean ambiguous) {
            this(name, ambiguous, null, false);
        }
    }

    private final List<Entry> employers;
    private final List<Entry> cities;
    private final Set<String> givenNames;
    private final Set<String> ambiguousGivenNames;
    private final Set<String> surnames;
    private final Set<String> cityNames;
    private final Set<String> everydayWords;
    private final Set<String> unambiguousGivenNamesLower;
    private final java.util.Map<String, List<String>> nicknames = new java.util.HashMap<>();

    WordLists(List<Entry> employers, List<Entry> givenNames, List<Entry> surnames, List<Entry> cities) {
        this(employers, givenNames, surnames, cities, List.of());
    }

    WordLists(
            List<Entry> employers,
            List<Entry> givenNames,
            List<Entry> surnames,
            List<Entry> cities,
            List<Entry> everydayWords) {
        this.employers = List.copyOf(employers);
        this.cities = List.copyOf(cities);
        Set<String> cityNames = new HashSet<>();
        for (Entry e : cities) {
            cityNames.add(Text.fold(e.name()));
        }
        this.cityNames = Set.copyOf(cityNames);
        Set<String> everyday = new HashSet<>();
        for (Entry e : everydayWords) {
            everyday.add(e.name());
        }
        this.everydayWords = Set.copyOf(everyday);
        Set<String> given = new HashSet<>();
        Set<String> givenLower = new HashSet<>();
        Set<String> ambiguous = new HashSet<>();
        for (Entry e : givenNames) {
            String folded = Text.fold(e.name());
            given.add(folded);
            // A name that is also an everyday word (“Per”, “Long”, “Hope”) is ambiguous whether marked or not.
            if (e.ambiguous() || everyday.contains(Text.foldLower(e.name()))) {
                ambiguous.add(folded);
            } else {
                givenLower.add(Text.foldLower(e.name()));
            }
        }
        this.givenNames = Set.copyOf(given);
        this.unambiguousGivenNamesLower = Set.copyOf(givenLower);
        this.ambiguousGivenNames = Set.copyOf(ambiguous);
        Set<String> family = new HashSet<>();
        for (Entry e : surnames) {
            family.add(Text.fold(e.name()));
        }
        this.surnames = Set.copyOf(family);
    }

    /** The lists as shipped with HROS. */
    public static WordLists shipped() {
        return new WordLists(
                        read("redaction/employers.txt"),
                        read("redaction/given-names.txt"),
                        read("redaction/surnames.txt"),
                        read("redaction/cities.txt"),
                        read("redaction/common-english.txt"))
                .withNicknames(read("redaction/nicknames.txt"));
    }

    /** Adds the short forms of given names, from lines “Formal: short, short”. */
    WordLists withNicknames(List<Entry> lines) {
        for (Entry e : lines) {
            int colon = e.name().indexOf(':');
            if (colon < 0) {
                continue;
            }
            String formal = Text.foldLower(e.name().substring(0, colon).strip());
            for (String nick : e.name().substring(colon + 1).split(",")) {
                if (!nick.isBlank()) {
                    nicknames.computeIfAbsent(formal, k -> new ArrayList<>()).add(nick.strip());
                }
            }
        }
        return this;
    }

    /** Short forms of given names by the formal name, folded lower case: “katarzyna” → Kasia, Kaśka… */
    java.util.Map<String, List<String>> nicknames() {
        return nicknames;
    }

    List<Entry> employers() {
        return employers;
    }

    List<Entry> cities() {
        return cities;
    }

    /** Given names, accents folded, as written (case matters). */
    boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** A given name that is no everyday word, in any case: “ngozi”, “NGOZI”. */
    boolean isUnambiguousGivenNameAnyCase(String folded) {
        return unambiguousGivenNamesLower.contains(folded.toLowerCase(java.util.Locale.ROOT));
    }

    /** Given names that are also everyday words: “May”, “Will”, “Grace”. */
    boolean isAmbiguousGivenName(String folded) {
        return ambiguousGivenNames.contains(folded);
    }

    /** A shipped city, accents folded, as written: “Joensuu”. */
    boolean isCity(String name) {
        return cityNames.contains(Text.fold(name));
    }

    boolean isSurname(String folded) {
        return surnames.contains(folded);
    }

    /** Whether a word, in lower case with accents folded, is an everyday English word (“harbour”, “talent”). */
    boolean isEverydayWord(String lower) {
        return everydayWords.contains(lower);
    }

    static List<Entry> parse(List<String> lines) {
        Set<Entry> entries = new LinkedHashSet<>();
        String replacement = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#>")) {
                replacement = line.substring(2).strip();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean ambiguous = line.endsWith(" ~");
            boolean midSentence = line.endsWith(" ^");
            String name = ambiguous || midSentence
                    ? line.substring(0, line.length() - 2).strip()
                    : line;
            entries.add(new Entry(name, ambiguous, replacement, midSentence));
        }
        return new ArrayList<>(entries);
    }

    private static List<Entry> read(String resource) {
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing word list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
