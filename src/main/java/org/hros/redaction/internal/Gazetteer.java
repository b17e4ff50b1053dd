package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names from a list in a text, on word boundaries, without regard to accents. Case follows how the name is
 * written in the list: names in capitals or of up to three letters (“IBM”, “EY”) must match exactly, others must
 * at least start each word with the same case (“Unilever” and “UNILEVER”, never “unilever”).
 */
final class Gazetteer {

    /** A name to look for. */
    record Name(
            String written,
            String key,
            boolean strict,
            boolean ambiguous,
            String replacement,
            boolean caseless,
            boolean midSentence) {

        static Name of(String written, boolean ambiguous) {
            return of(written, ambiguous, null);
        }

        static Name of(String written, boolean ambiguous, String replacement) {
            String folded = Text.fold(written.strip().replaceAll("\\s+", " "));
            long letters = folded.chars().filter(Character::isLetter).count();
            boolean noLowerCase = folded.chars().noneMatch(Character::isLowerCase);
            return new Name(
                    folded, Text.foldLower(folded), noLowerCase || letters <= 3, ambiguous, replacement, false, false);
        }

        /** A name that is also an everyday word, counted when capitalised in the middle of a sentence. */
        Name midSentenceOnly() {
            return new Name(written, key, strict, ambiguous, replacement, caseless, true);
        }

        /** A name found in any case: “northwind”, “NORTHWIND”. */
        static Name caseless(String written) {
            String folded = Text.fold(written.strip().replaceAll("\\s+", " "));
            return new Name(folded, Text.foldLower(folded), false, false, null, true, false);
        }
    }

    /** Where a name was found. */
    record Match(int start, int end, Name name) {}

    private static final int PREFIX = 3;

    private final Map<String, List<Name>> byPrefix = new HashMap<>();

    Gazetteer(List<Name> names) {
        for (Name name : names) {
            if (name.key().length() < 2) {
                continue;
            }
            String prefix = name.key().substring(0, Math.min(PREFIX, name.key().length()));
            byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(name);
        }
    }

    /** Every occurrence of every name, longest first at each position. */
    List<Match> find(Text text) {
        List<Match> matches = new ArrayList<>();
        String lower = text.lower;
        for (int i = 0; i < lower.length(); i++) {
            if (!Text.isWordChar(lower.charAt(i)) || !text.startsWord(i)) {
                continue;
            }
            for (int len = 2; len <= PREFIX && i + len <= lower.length(); len++) {
                List<Name> candidates = byPrefix.get(lower.substring(i, i + len));
                if (candidates == null) {
                    continue;
                }
                for (Name name : candidates) {
                    if (name.key().length() < PREFIX && name.key().length() != len) {
                        continue;
                    }
                    if (name.key().length() >= PREFIX && len != PREFIX) {
                        continue;
                    }
                    int end = i + name.key().length();
                    if (end <= lower.length()
                            && lower.regionMatches(i, name.key(), 0, name.key().length())
                            && text.endsWord(end)
                            && caseFits(text, i, name)) {
                        matches.add(new Match(i, end, name));
                    }
                }
            }
        }
        matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
        return matches;
    }

    private static boolean caseFits(Text text, int start, Name name) {
        String written = name.written();
        String found = text.folded;
        if (name.caseless()) {
            return true;
        }
        if (name.strict()) {
            return found.regionMatches(start, written, 0, written.length());
        }
        for (int k = 0; k < written.length(); k++) {
            char w = written.charAt(k);
            boolean wordStart = k == 0 || written.charAt(k - 1) == ' ';
            if (wordStart && Character.isLetter(w)) {
                char f = found.charAt(start + k);
                if (Character.isUpperCase(w) != Character.isUpperCase(f)) {
                    return false;
                }
            }
        }
        return true;
    }
}
