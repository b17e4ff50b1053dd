package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text with their places, for detectors that read word by word. */
final class Tokens {

    /**
     * One word. {@code end} excludes a possessive “'s”, {@code fullEnd} includes it.
     *
     * @param folded the word without its possessive, accents folded
     */
    record Token(int start, int end, int fullEnd, String folded) {

        boolean possessive() {
            return fullEnd > end;
        }

        boolean capitalised() {
            return Character.isUpperCase(folded.charAt(0));
        }
    }

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|['\u2019\\-](?=\\p{L}))*");

    private Tokens() {}

    static List<Token> of(Text text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text.original);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            int fullEnd = end;
            String word = text.folded.substring(start, end);
            if (word.endsWith("'s") && word.length() > 2) {
                end -= 2;
                word = word.substring(0, word.length() - 2);
            } else if (end < text.length() && text.folded.charAt(end) == '\'' && word.endsWith("s")) {
                fullEnd = end + 1;
            }
            tokens.add(new Token(start, end, fullEnd, word));
        }
        return tokens;
    }

    /** Whether only a single space (or two) separates two words on the same line. */
    static boolean adjacent(Text text, Token a, Token b) {
        if (a.possessive()) {
            return false;
        }
        int gap = b.start() - a.fullEnd();
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int i = a.fullEnd(); i < b.start(); i++) {
            if (text.original.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
