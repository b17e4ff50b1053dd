package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the role and drops the name: “our VP of People, Jane Smith” becomes “[our VP of People]”, and “Kofi
 * Mensah, our designer,“ becomes ”[our designer],“. Without a role in front or behind, a name becomes
 * “[a colleague]”.
 */
final class TitlePhrases {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\u2019/-]*|&");
    private static final int MAX_WORDS = 7;

    private TitlePhrases() {}

    /** The hit widened over a role before or after the name, or the hit itself when there is none. */
    static Hit widen(Text text, Hit name, List<Hit> others) {
        Hit before = before(text, name);
        if (before != null && free(before, name, others)) {
            return before;
        }
        Hit after = after(text, name);
        if (after != null && free(after, name, others)) {
            return after;
        }
        return name;
    }

    private static Hit before(Text text, Hit name) {
        String s = text.original;
        int p = name.start();
        while (p > 0 && s.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > 0 && (s.charAt(p - 1) == ',' || s.charAt(p - 1) == '\u2013' || s.charAt(p - 1) == '\u2014')) {
            p--;
            while (p > 0 && s.charAt(p - 1) == ' ') {
                p--;
            }
        }
        // Collect the words of a possible title, reading backwards; stop at punctuation or an ordinary word.
        List<int[]> words = new ArrayList<>();
        int cursor = p;
        while (words.size() < MAX_WORDS) {
            int end = cursor;
            int start = end;
            while (start > 0
                    && (Character.isLetter(s.charAt(start - 1))
                            || "'\u2019/-&".indexOf(s.charAt(start - 1)) >= 0
                            || Character.getType(s.charAt(start - 1)) == Character.NON_SPACING_MARK)) {
                start--;
            }
            if (start == end || !allowedInTitle(s.substring(start, end))) {
                break;
            }
            words.add(0, new int[] {start, end});
            cursor = start;
            if (cursor == 0 || s.charAt(cursor - 1) != ' ') {
                break;
            }
            cursor--;
        }
        int first = firstTitleWord(s, words);
        if (first < 0) {
            return null;
        }
        int phraseStart = words.get(first)[0];
        String phrase = s.substring(phraseStart, p);
        // The word before the title: a determiner joins it; a possessive or a sentence start is fine without.
        int q = phraseStart;
        while (q > 0 && s.charAt(q - 1) == ' ') {
            q--;
        }
        int detStart = q;
        while (detStart > 0 && Character.isLetter(s.charAt(detStart - 1))) {
            detStart--;
        }
        String det = s.substring(detStart, q);
        if (!det.isEmpty() && CommonWords.DETERMINERS.contains(det.toLowerCase()) && q < phraseStart) {
            return name.withSpan(detStart, name.end(), "[" + det + " " + phrase + "]");
        }
        boolean possessive = q >= 2 && (s.startsWith("'s", q - 2) || s.startsWith("\u2019s", q - 2));
        if (possessive) {
            return name.withSpan(phraseStart, name.end(), "[" + phrase + "]");
        }
        if (text.startsSentence(phraseStart)) {
            return name.withSpan(phraseStart, name.end(), "[the " + phrase + "]");
        }
        return null;
    }

    private static final Pattern AFTER = Pattern.compile(
            "^,\\s+(our|my|the|their|his|her|its|a|an)\\s+([^,;.()\\n]{2,80}?)(?=\\s*[,;.)]|\\s*$)",
            Pattern.CASE_INSENSITIVE);

    private static Hit after(Text text, Hit name) {
        Matcher m = AFTER.matcher(text.original.substring(name.end()));
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(2).strip();
        String[] words = phrase.split("\\s+");
        if (words.length > MAX_WORDS) {
            return null;
        }
        boolean keyword = false;
        for (String w : words) {
            if (!allowedInTitle(w)) {
                return null;
            }
            keyword |= CommonWords.TITLE_KEYWORDS.contains(w.toLowerCase());
        }
        if (!keyword) {
            return null;
        }
        int end = name.end() + m.end(2);
        return name.withSpan(name.start(), end, "[" + m.group(1) + " " + phrase + "]");
    }

    private static boolean allowedInTitle(String word) {
        String lower = word.toLowerCase();
        return Character.isUpperCase(word.charAt(0))
                || CommonWords.TITLE_KEYWORDS.contains(lower)
                || CommonWords.TITLE_MODIFIERS.contains(lower);
    }

    /** The first word from which the rest reads as a title, or -1 when the words hold no title. */
    private static int firstTitleWord(String s, List<int[]> words) {
        int first = -1;
        boolean keyword = false;
        for (int i = 0; i < words.size(); i++) {
            String w = s.substring(words.get(i)[0], words.get(i)[1]).toLowerCase();
            boolean titleWord = CommonWords.TITLE_KEYWORDS.contains(w) || CommonWords.TITLE_MODIFIERS.contains(w);
            if (first < 0 && titleWord && !w.equals("of") && !w.equals("for") && !w.equals("and") && !w.equals("&")) {
                first = i;
            }
            keyword |= first >= 0 && CommonWords.TITLE_KEYWORDS.contains(w);
        }
        if (first < 0 || !keyword) {
            return -1;
        }
        String last = s.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1])
                .toLowerCase();
        return Set.of("of", "for", "and", "&").contains(last) ? -1 : first;
    }

    private static boolean free(Hit widened, Hit name, List<Hit> others) {
        for (Hit other : others) {
            if (other != name && other.overlaps(widened)) {
                return false;
            }
        }
        return true;
    }
}
