package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;
import org.hros.redaction.internal.Tokens.Token;

/**
 * The author's own name in the forms people write it: in full, each part alone in any case (“Maya”, “lindqvist”),
 * the common short forms of the given name (“Kasia” for Katarzyna, “Sam” for Samuel, “Danny”), the profile
 * handle of any length with or without “@” and its name-like parts (“kasia” in “kasia_wis”). Neighbouring parts
 * make one finding, with an initial or a title beside them: “Yuki M.”, “Ms. Wang”.
 */
final class OwnName {

    private static final Pattern INITIAL_AFTER = Pattern.compile("^ \\p{Lu}(?:\\.|'\\p{Lu}\\b|\\b)");
    /** Dotted initials that are mostly something else: “P.S.”, “M.S.”, “U.S.”. */
    private static final Set<String> DOTTED_WORDS = Set.of(
            "PS", "PPS", "MS", "MA", "BA", "BS", "MD", "US", "UK", "AI", "AM", "PM", "EU", "IT", "QA", "HR", "TV", "DC",
            "LA", "NY", "ID", "NB", "RIP", "USA");

    private static final Pattern HONORIFIC =
            Pattern.compile("(.{2,})-(?:san|sama|kun|chan|sensei|senpai|ssi|nim|ji|ben|bhai|jan|hanim|bey)");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\\.? $");

    private final WordLists lists;
    private final String fullName;
    /** Any case. */
    private static final int ANY_CASE = 0;
    /** With a capital, as short forms of two letters. */
    private static final int CAPITALISED = 1;
    /** With a capital and not opening a sentence, as everyday words (“Will”, “Lies”). */
    private static final int MID_SENTENCE = 2;

    /** Folded lower-case forms that are the author, each with how it must be written to count. */
    private final Map<String, Integer> forms = new java.util.HashMap<>();

    private final Set<String> initials = new LinkedHashSet<>();
    /** The initials written with dots: “J.P.”, “J. P. C.”. */
    private final List<Pattern> dottedInitials = new ArrayList<>();

    private final List<String> givenNames = new ArrayList<>();
    private final String handle;
    private final Pattern handlePattern;

    OwnName(String displayName, String handleText, WordLists lists, Map<String, List<String>> nicknames) {
        this.lists = lists;
        String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        this.fullName = name.length() >= 3 ? Text.foldLower(name) : null;
        String[] parts = name.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String folded = Text.fold(parts[i].replaceAll("[^\\p{L}\\p{M}'\u2019-]", ""));
            if (folded.length() < 2 || CommonWords.isCommonCapitalised(folded) || isParticle(folded)) {
                continue;
            }
            add(folded);
            for (String piece : folded.split("-")) {
                if (piece.length() >= 3) {
                    add(piece);
                }
            }
            if (Character.isUpperCase(folded.charAt(0))) {
                givenNames.add(Text.foldLower(folded));
            }
        }
        StringBuilder all = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                all.append(Text.fold(part.substring(0, 1)));
            }
        }
        if (all.length() >= 2) {
            initials.add(all.toString());
            if (all.length() >= 3) {
                initials.add(all.substring(0, 2));
            }
        }
        for (String initial : initials) {
            if (!DOTTED_WORDS.contains(initial)) {
                dottedInitials.add(Pattern.compile("(?<![\\p{L}.])" + String.join("\\. ?", initial.split("")) + "\\."));
            }
        }
        for (String given : List.copyOf(givenNames)) {
            for (String nick : nicknames.getOrDefault(given, List.of())) {
                add(Text.fold(nick));
            }
        }
        String h = handleText == null
                ? ""
                : handleText.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        this.handle = h.isEmpty() ? null : Text.foldLower(h);
        this.handlePattern = handle == null ? null : handlePattern(handle);
        if (handle != null) {
            for (String piece : handle.split("[-_.0-9]+")) {
                if (piece.length() >= 4 && !lists.isEverydayWord(piece) && !isTradeWord(piece)) {
                    add(piece);
                }
                addShortFormsFromHandle(piece, parts);
            }
        }
    }

    /**
     * “liesv” for Lieselotte Vermeulen, “vliese”: a handle that holds the start of the given name, with or without
     * an initial beside it, shows that this start is what the author goes by, even when it is an everyday word
     * (“Lies”), which then counts as {@link #add} decides for everyday words.
     */
    private void addShortFormsFromHandle(String piece, String[] parts) {
        StringBuilder initials = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                initials.append(Text.foldLower(part.substring(0, 1)));
            }
        }
        List<String> candidates = new ArrayList<>(List.of(piece));
        if (piece.length() > 3 && initials.indexOf(piece.substring(piece.length() - 1)) >= 0) {
            candidates.add(piece.substring(0, piece.length() - 1));
        }
        if (piece.length() > 3 && initials.indexOf(piece.substring(0, 1)) >= 0) {
            candidates.add(piece.substring(1));
        }
        for (String candidate : candidates) {
            for (String given : givenNames) {
                if (candidate.length() >= 3 && candidate.length() < given.length() && given.startsWith(candidate)) {
                    add(candidate);
                }
            }
        }
    }

    private void add(String folded) {
        String lower = folded.toLowerCase(Locale.ROOT);
        if (lower.length() < 2) {
            return;
        }
        int level = lists.isEverydayWord(lower)
                        || lists.isAmbiguousGivenName(folded)
                        || lists.isAmbiguousGivenName(capitalise(lower))
                ? MID_SENTENCE
                : lower.length() < 3 ? CAPITALISED : ANY_CASE;
        forms.merge(lower, level, Math::min);
    }

    void detect(Text text, List<Token> tokens, Consumer<Hit> out) {
        List<int[]> spans = new ArrayList<>();
        if (fullName != null) {
            int from = 0;
            while ((from = text.lower.indexOf(fullName, from)) >= 0) {
                int end = from + fullName.length();
                if (text.startsWord(from) && text.endsWord(end)) {
                    spans.add(new int[] {from, end});
                }
                from = end;
            }
        }
        for (Token t : tokens) {
            if (isOwn(text, t) || isOwn(text, withoutHonorific(t))) {
                spans.add(new int[] {t.start(), t.end()});
            }
        }
        for (Pattern dotted : dottedInitials) {
            Matcher m = dotted.matcher(text.folded);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        for (String initial : initials) {
            int from = 0;
            while ((from = text.original.indexOf(initial, from)) >= 0) {
                int end = from + initial.length();
                if (text.startsWord(from) && text.endsWord(end)) {
                    spans.add(new int[] {from, end});
                }
                from = end;
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        for (int[] span : merge(text, spans)) {
            out.accept(new Hit(span[0], span[1], Kind.OWN_NAME, PersonDetector.REPLACEMENT));
        }
        if (handlePattern != null) {
            Matcher m = handlePattern.matcher(text.lower);
            while (m.find()) {
                boolean at = m.start() > 0 && text.original.charAt(m.start() - 1) == '@';
                boolean distinctive = handle.length() >= 3 && !lists.isEverydayWord(handle);
                boolean asWritten = handle.length() >= 2 && text.original.startsWith(handle, m.start());
                boolean signed = asWritten && signature(text, m.start(), m.end());
                if (at || distinctive || signed || (asWritten && handle.matches(".*[-_.0-9].*"))) {
                    out.accept(new Hit(
                            at ? m.start() - 1 : m.start(), m.end(), Kind.OWN_NAME, PersonDetector.REPLACEMENT));
                }
            }
        }
    }

    /** “Tanaka-san”, “Priya-ji”, “Min-jun-ssi”: the name without the honorific that follows it. */
    private static Token withoutHonorific(Token t) {
        Matcher m = HONORIFIC.matcher(t.folded());
        return m.matches() ? new Token(t.start(), t.start() + m.end(1), t.start() + m.end(1), m.group(1)) : t;
    }

    private boolean isOwn(Text text, Token t) {
        String word = t.folded();
        String lower = word.toLowerCase(Locale.ROOT);
        Integer level = forms.get(lower);
        if (level == null) {
            Boolean everyday = shortForm(word);
            if (everyday == null) {
                return false;
            }
            level = everyday ? MID_SENTENCE : CAPITALISED;
        }
        return switch (level) {
            case ANY_CASE -> true;
            case CAPITALISED -> t.capitalised();
            default ->
                t.capitalised() && (!text.startsSentence(t.start()) || signsOff(text, t) || afterFullName(text, t));
        };
    }

    /**
     * “Maya Lindqvist … Maya thinks”: once the full name has been written, the bare given name opening a sentence
     * is the author, unless it is an everyday word (“I'm Will Harding. Will the levy pay?”).
     */
    private boolean afterFullName(Text text, Token t) {
        String lower = t.folded().toLowerCase(Locale.ROOT);
        if (fullName == null || !givenNames.contains(lower) || lists.isEverydayWord(lower)) {
            return false;
        }
        int full = text.lower.indexOf(fullName);
        return full >= 0 && full < t.start();
    }

    /**
     * “… chat soon. /td”, “– td”: a handle of any length, as written, where a message is signed: after a slash
     * or a dash, or closing the text.
     */
    private static boolean signature(Text text, int start, int end) {
        int i = start - 1;
        while (i >= 0 && text.original.charAt(i) == ' ') {
            i--;
        }
        boolean signs = i >= 0 && "/-\u2013\u2014~^".indexOf(text.original.charAt(i)) >= 0;
        return signs
                || text.original.substring(end).strip().replaceAll("[.!)]", "").isEmpty();
    }

    /** “Lan (HR) — 0903…”, “Lies, btw.”: a name that opens a sentence and signs it, not an everyday word. */
    private static boolean signsOff(Text text, Token t) {
        String after = text.original.substring(t.fullEnd(), Math.min(text.length(), t.fullEnd() + 6));
        return after.startsWith(" (")
                || after.startsWith(" \u2014")
                || after.startsWith(" \u2013")
                || after.startsWith(", btw")
                || after.startsWith(" here")
                || after.startsWith(" aqui")
                || after.startsWith(" hier");
    }

    /**
     * “Sam” for Samuel, “Chris” for Christopher, “Danny” for Daniel: the start of a given name, capitalised; it
     * needs to stand mid-sentence when it is also an everyday word. {@code null} when it is no short form.
     */
    private Boolean shortForm(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String given : givenNames) {
            if (given.length() <= lower.length()) {
                continue;
            }
            String stem = lower.replaceFirst("(?:ie|y|i)$", "");
            // Only names: “May” is no short form of Maya, nor “Mar” of Maria.
            boolean start = given.startsWith(lower)
                    || (stem.length() >= 3 && stem.length() < lower.length() && given.startsWith(stem));
            if (start && !lists.isEverydayWord(lower) && !CommonWords.isCommonCapitalised(word)) {
                return false;
            }
        }
        return null;
    }

    /** Neighbouring parts become one finding; an initial after them or a title before them joins it. */
    private static List<int[]> merge(Text text, List<int[]> spans) {
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else if (last != null && blank(text, last[1], span[0]) && span[0] - last[1] <= 2) {
                last[1] = span[1];
            } else {
                merged.add(new int[] {span[0], span[1]});
            }
        }
        for (int[] span : merged) {
            Matcher initial =
                    INITIAL_AFTER.matcher(text.original.substring(span[1], Math.min(text.length(), span[1] + 5)));
            if (initial.find()) {
                span[1] += initial.end();
            }
            Matcher title = TITLE_BEFORE.matcher(text.original.substring(Math.max(0, span[0] - 6), span[0]));
            if (title.find()) {
                span[0] = Math.max(0, span[0] - 6) + title.start();
            }
        }
        return merged;
    }

    private static boolean blank(Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.original.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The handle as written, or with its separators changed or dropped: “maya-lindqvist”, “maya_lindqvist”. */
    private static Pattern handlePattern(String handle) {
        String[] pieces = handle.split("[-_.]+");
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(Pattern.quote(handle));
        if (pieces.length > 1) {
            List<String> quoted = new ArrayList<>();
            for (String p : pieces) {
                quoted.add(Pattern.quote(p));
            }
            alternatives.add(String.join("[-_.]?", quoted));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_.-])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}_]|[-.][\\p{L}\\p{N}])");
    }

    private static boolean isParticle(String word) {
        return Set.of(
                        "van", "von", "der", "den", "de", "del", "da", "das", "dos", "du", "la", "le", "bin", "binti",
                        "al", "el", "ni", "ó", "o", "mac", "thi", "van den")
                .contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isTradeWord(String word) {
        return Set.of(
                        "talent",
                        "recruit",
                        "recruiter",
                        "recruitment",
                        "hr",
                        "people",
                        "hiring",
                        "careers",
                        "jobs",
                        "mining")
                .contains(word);
    }

    private static String capitalise(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
