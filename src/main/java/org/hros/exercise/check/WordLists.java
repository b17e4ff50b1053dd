package org.hros.exercise.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word lists the copy checks use, read from resource files that cite their source: gender-coded words (Gaucher,
 * Friesen and Kay, 2011) and job-ad jargon.
 */
final class WordLists {

    static final List<String> MASCULINE;
    static final List<String> FEMININE;
    static final List<String> JARGON;

    static {
        Map<String, List<String>> coded = read("/exercise/gender-coded-words.txt");
        MASCULINE = List.copyOf(coded.get("masculine"));
        FEMININE = List.copyOf(coded.get("feminine"));
        JARGON = List.copyOf(read("/exercise/jargon.txt").get(""));
    }

    private WordLists() {}

    /** Whether {@code word} (lower case) is one of {@code stems}: equal to a word, or beginning with a stem. */
    static boolean matches(List<String> stems, String word) {
        for (String stem : stems) {
            if (stem.endsWith("*") ? word.startsWith(stem.substring(0, stem.length() - 1)) : word.equals(stem)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> sections = new TreeMap<>();
        String section = "";
        try (var in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, s -> new ArrayList<>()).add(entry.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
