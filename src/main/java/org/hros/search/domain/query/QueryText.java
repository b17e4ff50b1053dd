package org.hros.search.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What a member typed, read as a handful of clauses. The syntax is deliberately small, so no input can make a
 * query expensive: words; {@code "a phrase"} (an unclosed quote runs to the end); {@code -word} and
 * {@code -"a phrase"} to exclude. Every other character — {@code * ? : ( ) [ ] { } ~ ^ / \}, control characters
 * — separates words and means nothing else: there are no wildcards, regular expressions or field names.
 * At most {@link #MAX_CLAUSES} clauses and {@link #MAX_EXCLUDED} exclusions are used; the rest is ignored.
 */
public final class QueryText {

    static final int MAX_CLAUSES = 32;

    /**
     * Beyond this many words a query is a description pasted in, not a few words typed: its typos do not matter
     * against the other words, and tolerating them would only add noise and work.
     */
    static final int MAX_FUZZY_CLAUSES = 6;

    static final int MAX_EXCLUDED = 6;
    static final int MAX_PHRASE_WORDS = 12;

    /** Words this long or longer tolerate one typo, and from {@link #TWO_TYPOS} on two. */
    static final int ONE_TYPO = 5;

    static final int TWO_TYPOS = 9;

    /**
     * Words that carry no meaning in a question asked in one's own words ("how do I get …"), on top of Lucene's
     * English stop words; left out of queries unless inside a phrase or a synonym.
     */
    static final Set<String> QUESTION_WORDS = Set.of(
            "i",
            "me",
            "my",
            "mine",
            "we",
            "us",
            "our",
            "ours",
            "you",
            "your",
            "he",
            "she",
            "him",
            "her",
            "its",
            "them",
            "do",
            "does",
            "did",
            "done",
            "doing",
            "how",
            "what",
            "why",
            "when",
            "where",
            "who",
            "whom",
            "which",
            "can",
            "could",
            "should",
            "would",
            "shall",
            "may",
            "might",
            "must",
            "have",
            "has",
            "had",
            "having",
            "am",
            "been",
            "being",
            "about",
            "from",
            "so",
            "than",
            "too",
            "very",
            "just",
            "also",
            "any",
            "some",
            "get",
            "got",
            "getting",
            "make",
            "makes",
            "made",
            "want",
            "need",
            "way",
            "ways",
            "anyone",
            "someone",
            "something",
            "thing",
            "things",
            "there's",
            "it's",
            "i'm",
            "we're",
            "don't",
            "doesn't",
            "didn't",
            "cannot",
            "can't",
            "here",
            "over",
            "up",
            "down",
            "out",
            "off",
            "again",
            "once",
            "only",
            "own",
            "same",
            "other",
            "each",
            "few",
            "both",
            "all",
            "more",
            "most",
            "much",
            "many",
            "lot",
            "lots");

    private QueryText() {}

    static boolean meaningless(String word) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) || QUESTION_WORDS.contains(word);
    }

    /**
     * One clause: any of its alternatives matches (a word, a phrase, or the synonyms of either).
     *
     * @param typed the words as written, for spelling suggestions; one word for a plain word
     * @param alternatives each a word (one element) or a phrase (several)
     * @param fuzzy whether a typo in the (single, plain) word is tolerated
     * @param exact a phrase typed in quotes: matched word for word, without synonyms or stemming, and required
     */
    public record Clause(
            List<String> typed, List<List<String>> alternatives, boolean fuzzy, boolean excluded, boolean exact) {

        Clause(List<String> typed, List<List<String>> alternatives, boolean fuzzy, boolean excluded) {
            this(typed, alternatives, fuzzy, excluded, false);
        }

        public boolean plainWord() {
            return typed.size() == 1 && alternatives.size() == 1;
        }

        int maxEdits() {
            String word = typed.get(0);
            return !fuzzy ? 0 : word.length() >= TWO_TYPOS ? 2 : 1;
        }
    }

    /** Finds the synonyms of a run of query words; see {@link Synonyms}. */
    public interface SynonymTable {

        /** The longest known expression starting at {@code start}, or {@code null}. */
        Synonyms.Match match(List<String> tokens, int start);
    }

    private record Part(List<String> words, boolean phrase, boolean excluded, boolean quoted) {}

    /** Lower-cased words: letters and digits, and apostrophes inside a word. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean inner = (c == '\'' || c == '\u2019')
                    && word.length() > 0
                    && i + width < text.length()
                    && Character.isLetter(text.codePointAt(i + width));
            if (Character.isLetterOrDigit(c) || inner) {
                word.appendCodePoint(inner ? '\'' : c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            i += width;
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    public static List<Clause> parse(String raw, SynonymTable synonyms) {
        List<Part> parts = parts(raw == null ? "" : raw);
        List<Clause> clauses = new ArrayList<>();
        int positives = 0;
        int excluded = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.excluded) {
                if (part.words.stream().allMatch(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET::contains)) {
                    continue;
                }
                if (excluded++ < MAX_EXCLUDED) {
                    clauses.add(new Clause(part.words, List.of(part.words), false, true));
                }
                continue;
            }
            if (positives >= MAX_CLAUSES) {
                continue;
            }
            if (part.quoted) {
                // Quotes ask for these words as written: no synonyms, no stemming, no typo tolerance.
                if (!part.words.stream().allMatch(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET::contains)) {
                    clauses.add(new Clause(part.words, List.of(part.words), false, false, true));
                    positives++;
                }
                continue;
            }
            // The longest synonym expression starting here, over plain words or one whole phrase.
            Synonyms.Match match = null;
            int consumed = 1;
            if (part.phrase) {
                Synonyms.Match m = synonyms.match(part.words, 0);
                if (m != null && m.length() == part.words.size()) {
                    match = m;
                }
            } else {
                List<String> run = new ArrayList<>();
                for (int j = i;
                        j < parts.size() && !parts.get(j).phrase && !parts.get(j).excluded && !parts.get(j).quoted;
                        j++) {
                    run.add(parts.get(j).words.get(0));
                }
                match = synonyms.match(run, 0);
                if (match != null) {
                    consumed = match.length();
                }
            }
            if (match != null) {
                List<String> typed = new ArrayList<>();
                for (int j = i; j < i + consumed; j++) {
                    typed.addAll(parts.get(j).words);
                }
                clauses.add(new Clause(typed, match.expressions(), false, false));
                positives++;
                i += consumed - 1;
                continue;
            }
            if (part.phrase
                    ? part.words.stream().allMatch(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET::contains)
                    : meaningless(part.words.get(0))) {
                continue;
            }
            boolean fuzzy = !part.phrase && part.words.get(0).length() >= ONE_TYPO;
            clauses.add(new Clause(part.words, List.of(part.words), fuzzy, false));
            positives++;
        }
        if (positives > MAX_FUZZY_CLAUSES) {
            return clauses.stream()
                    .map(c -> c.fuzzy() ? new Clause(c.typed(), c.alternatives(), false, c.excluded(), c.exact()) : c)
                    .toList();
        }
        return clauses;
    }

    private static List<Part> parts(String raw) {
        String text = clean(raw);
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = true;
                c = text.charAt(++i);
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    end = n;
                }
                List<String> words = words(text.substring(i + 1, end));
                if (words.size() > MAX_PHRASE_WORDS) {
                    words = words.subList(0, MAX_PHRASE_WORDS);
                }
                add(parts, words, true, excluded, true);
                i = end + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            List<String> words = words(text.substring(i, end));
            // "x-ray", "e-mail": one token of several words is a phrase.
            add(
                    parts,
                    words.size() > MAX_PHRASE_WORDS ? words.subList(0, MAX_PHRASE_WORDS) : words,
                    words.size() > 1,
                    excluded,
                    false);
            i = end;
        }
        return parts;
    }

    private static void add(List<Part> parts, List<String> words, boolean phrase, boolean excluded, boolean quoted) {
        if (words.isEmpty()) {
            return;
        }
        parts.add(new Part(List.copyOf(words), phrase && words.size() > 1, excluded, quoted && !excluded));
    }

    /** Control and formatting characters become spaces. */
    private static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean control = Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED;
            out.appendCodePoint(control ? ' ' : c);
        });
        return out.toString();
    }
}
