package org.hros.exercise.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.exercise.check.TextMeasures.Segment;

/**
 * Measures a text: words, sentences and syllables, Flesch reading ease, reading time, gender-coded words and jargon.
 *
 * <p>Sentences end at {@code .}, {@code !} or {@code ?}, and at a line break (a bullet point is read as one).
 * Syllables are counted by a heuristic for English: groups of vowels (a, e, i, o, u, y) in the word, less a silent
 * final "e" (but not "-le"), less "-es"/"-ed" endings that add no syllable, at least one per word. It is within one
 * syllable of a dictionary for most words, which is enough for a score meant to compare two versions of one text.
 */
public final class CopyAnalysis {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+|\\R");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    public TextMeasures measure(String text) {
        String clean = text == null ? "" : text;
        List<int[]> jargonSpans = new ArrayList<>();
        List<String> jargon = new ArrayList<>();
        for (String phrase : WordLists.JARGON) {
            Matcher m = Pattern.compile(
                            "(?<![\\p{L}-])" + Pattern.quote(phrase) + "(?![\\p{L}-])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(clean);
            while (m.find()) {
                if (jargonSpans.stream().noneMatch(s -> m.start() < s[1] && s[0] < m.end())) {
                    jargonSpans.add(new int[] {m.start(), m.end()});
                    jargon.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        jargonSpans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> masculine = new ArrayList<>();
        List<String> feminine = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int words = 0;
        int syllables = 0;
        int cursor = 0;
        Matcher word = WORD.matcher(clean);
        while (word.find()) {
            words++;
            String w = word.group().toLowerCase(Locale.ROOT);
            syllables += syllables(w);
            int[] inJargon = jargonSpans.stream()
                    .filter(s -> word.start() >= s[0] && word.start() < s[1])
                    .findFirst()
                    .orElse(null);
            if (inJargon != null) {
                if (word.start() == inJargon[0]) {
                    cursor = add(segments, clean, cursor, inJargon[0], inJargon[1], "jargon");
                }
                continue;
            }
            String flag = null;
            if (WordLists.matches(WordLists.MASCULINE, w)) {
                masculine.add(w);
                flag = "masculine";
            } else if (WordLists.matches(WordLists.FEMININE, w)) {
                feminine.add(w);
                flag = "feminine";
            }
            if (flag != null) {
                cursor = add(segments, clean, cursor, word.start(), word.end(), flag);
            }
        }
        if (cursor < clean.length()) {
            segments.add(new Segment(clean.substring(cursor), null));
        }
        int sentences = sentences(clean);
        double perSentence = sentences == 0 ? 0 : words / (double) sentences;
        double ease = words == 0 ? 0 : 206.835 - 1.015 * perSentence - 84.6 * (syllables / (double) words);
        int seconds = (int) Math.ceil(words * 60 / 238.0);
        return new TextMeasures(
                words,
                sentences,
                syllables,
                Math.round(ease * 10) / 10.0,
                Math.round(perSentence * 10) / 10.0,
                seconds,
                List.copyOf(masculine),
                List.copyOf(feminine),
                List.copyOf(jargon),
                List.copyOf(segments));
    }

    private static int add(List<Segment> segments, String text, int cursor, int start, int end, String flag) {
        if (start > cursor) {
            segments.add(new Segment(text.substring(cursor, start), null));
        }
        segments.add(new Segment(text.substring(start, end), flag));
        return end;
    }

    static int sentences(String text) {
        int count = 0;
        for (String piece : SENTENCE_END.split(text)) {
            if (WORD.matcher(piece).find()) {
                count++;
            }
        }
        return count;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        Matcher m = VOWELS.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            count--;
        } else if ((w.endsWith("es") || w.endsWith("ed")) && !w.matches(".*[tdsxzh]e[sd]$")) {
            count--;
        }
        return Math.max(1, count);
    }
}
