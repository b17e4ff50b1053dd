package org.hros.redaction.internal;

import java.text.Normalizer;

/**
 * A text prepared for matching: the original, and a copy with accents removed and typographic apostrophes made
 * plain, character for character, so that offsets in one are offsets in the other (“Tomas” finds “Tomás”).
 */
final class Text {

    final String original;
    /** Same length as {@link #original}; accents folded, case kept. */
    final String folded;
    /** Same length as {@link #original}; accents folded, lower case. */
    final String lower;

    Text(String original) {
        this.original = original;
        this.folded = fold(original);
        this.lower = lowerSameLength(folded);
    }

    int length() {
        return original.length();
    }

    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldChar(s.charAt(i)));
        }
        return out.toString();
    }

    static String foldLower(String s) {
        return lowerSameLength(fold(s));
    }

    private static String lowerSameLength(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(Character.toLowerCase(s.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
            return ' ';
        }
        if (Character.isLetter(c)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            return Character.isLetter(base) ? base : c;
        }
        return c;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Whether a match may start here: not in the middle of a word. */
    boolean startsWord(int i) {
        return i == 0 || !isWordChar(original.charAt(i - 1));
    }

    /** Whether a match may end here: not in the middle of a word (a possessive “'s” is fine). */
    boolean endsWord(int end) {
        return end >= original.length() || !isWordChar(original.charAt(end));
    }

    /** The word just before {@code start} (skipping spaces and one comma or dash), lower case, or “”. */
    String previousWord(int start) {
        int i = start - 1;
        while (i >= 0 && original.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && isWordChar(original.charAt(i))) {
            i--;
        }
        return lower.substring(i + 1, end);
    }

    /** Where {@link #previousWord} begins. */
    int previousWordStart(int start) {
        int i = start - 1;
        while (i >= 0 && original.charAt(i) == ' ') {
            i--;
        }
        while (i >= 0 && isWordChar(original.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    /** The word just after {@code end}, separated by one space, exactly as written, or “”. */
    String nextWord(int end) {
        if (end + 1 >= original.length() || original.charAt(end) != ' ') {
            return "";
        }
        int i = end + 1;
        while (i < original.length() && isWordChar(original.charAt(i))) {
            i++;
        }
        return original.substring(end + 1, i);
    }

    /**
     * Whether a word starting at {@code i} opens a sentence: nothing but spaces, quotes, brackets or Markdown
     * markers lie between it and the start of the text, a line that starts a block, or a full stop.
     */
    boolean startsSentence(int i) {
        int j = i - 1;
        boolean sawNewline = false;
        while (j >= 0) {
            char c = original.charAt(j);
            if (c == '\n') {
                sawNewline = true;
            } else if (!(c == ' '
                    || c == '\t'
                    || c == '"'
                    || c == '\u201c'
                    || c == '\u2018'
                    || c == '\''
                    || c == '('
                    || c == '['
                    || c == '*'
                    || c == '_'
                    || c == '#'
                    || c == '>'
                    || c == '-')) {
                break;
            }
            j--;
        }
        if (j < 0) {
            return true;
        }
        char c = original.charAt(j);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '|' || (sawNewline && !Character.isLetter(c));
    }

    String slice(int start, int end) {
        return original.substring(start, end);
    }

    @Override
    public String toString() {
        return original;
    }
}
