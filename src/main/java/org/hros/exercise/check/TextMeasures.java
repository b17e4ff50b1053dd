package org.hros.exercise.check;

import java.util.List;

/**
 * What a text measures and which of its words are flagged.
 *
 * @param readingEase Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word
 * @param readingSeconds at 238 words a minute, the average silent reading speed of adults (Brysbaert, 2019)
 * @param segments the text cut into pieces, each flagged or not, to show the flags in place
 */
public record TextMeasures(
        int words,
        int sentences,
        int syllables,
        double readingEase,
        double wordsPerSentence,
        int readingSeconds,
        List<String> masculine,
        List<String> feminine,
        List<String> jargon,
        List<Segment> segments) {

    /** A piece of the text; {@code flag} is {@code masculine}, {@code feminine}, {@code jargon} or null. */
    public record Segment(String text, String flag) {

        public boolean flagged() {
            return flag != null;
        }

        /** The message key that names the flag. */
        public String flagKey() {
            return "exercise.copy.flag." + flag;
        }
    }

    public boolean masculineCoded() {
        return masculine.size() > feminine.size();
    }

    public String readingEaseText() {
        return String.format(java.util.Locale.ROOT, "%.1f", readingEase);
    }

    public String wordsPerSentenceText() {
        return String.format(java.util.Locale.ROOT, "%.1f", wordsPerSentence);
    }
}
