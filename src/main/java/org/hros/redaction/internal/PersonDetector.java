package org.hros.redaction.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;
import org.hros.redaction.internal.Tokens.Token;

/**
 * People's names: a listed given name followed by a surname (“Sarah Chen”, “Sanne van den Berg”), a listed
 * surname followed by a listed given name (“Tanaka Yuki”), or a title and a surname (“Dr Patel”).
 *
 * <p>After a given name, any capitalised word counts as a surname unless it is a common capitalised word
 * (“Victoria Station”, “Sarah Monday”). Given names that are also everyday words (“Will”, “May”, “Grace”) count
 * only before a surname from the list, so “Will Marketing approve it?” stays clean.
 */
final class PersonDetector {

    static final String REPLACEMENT = "[a colleague]";

    private static final Pattern SURNAME_SHAPE =
            Pattern.compile("\\p{Lu}(?:'\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{L}\\p{Ll}+)*");
    /** A Korean given name in two hyphenated syllables after a listed surname: “Lee Sang-hoon”, “Kim Ji-woo”. */
    private static final Pattern EAST_ASIAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,4}");

    private static final Set<String> HONORIFICS =
            Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame");
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ten", "ter",
            "bin", "binti", "ibn", "al", "el", "y", "zu");

    private final WordLists lists;

    PersonDetector(WordLists lists) {
        this.lists = lists;
    }

    void detect(Text text, List<Token> tokens, Consumer<Hit> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalised()) {
                continue;
            }
            int end = -1;
            if (HONORIFICS.contains(t.folded())) {
                end = afterHonorific(text, tokens, i);
            } else if (isGivenName(t.folded())) {
                end = afterGivenName(text, tokens, i);
            } else if (lists.isSurname(t.folded()) && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (Tokens.adjacent(text, t, next)
                        && (lists.isGivenName(next.folded())
                                || EAST_ASIAN_GIVEN.matcher(next.folded()).matches())
                        && !lists.isAmbiguousGivenName(next.folded())
                        && !CommonWords.isCommonCapitalised(t.folded())) {
                    end = next.end();
                }
            }
            if (end > 0) {
                out.accept(new Hit(t.start(), end, Kind.PERSON, REPLACEMENT));
            }
        }
    }

    /** “Dr Anjali Nair”, “Mr Balogun”, “Ms. Okafor”. */
    private int afterHonorific(Text text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return -1;
        }
        Token title = tokens.get(i);
        Token next = tokens.get(i + 1);
        boolean dotted = title.end() < text.length() && text.original.charAt(title.end()) == '.';
        int gapStart = dotted ? title.end() + 1 : title.end();
        if (next.start() - gapStart < 1 || next.start() - gapStart > 2 || !blank(text, gapStart, next.start())) {
            return -1;
        }
        if (!surnameLike(next)) {
            return -1;
        }
        int end = next.end();
        if (i + 2 < tokens.size() && Tokens.adjacent(text, next, tokens.get(i + 2)) && surnameLike(tokens.get(i + 2))) {
            end = tokens.get(i + 2).end();
        }
        return end;
    }

    private int afterGivenName(Text text, List<Token> tokens, int i) {
        Token given = tokens.get(i);
        boolean ambiguous = lists.isAmbiguousGivenName(given.folded());
        int k = i + 1;
        Token previous = given;
        // A second given name or a middle initial: “Mary Anne Smith”, “John F. Kennedy”.
        if (k + 1 < tokens.size()
                && Tokens.adjacent(text, previous, tokens.get(k))
                && isGivenName(tokens.get(k).folded())
                && Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))
                && surnameLike(tokens.get(k + 1))) {
            previous = tokens.get(k);
            k++;
        }
        boolean particle = false;
        while (k < tokens.size()
                && PARTICLES.contains(tokens.get(k).folded().toLowerCase(java.util.Locale.ROOT))
                && Tokens.adjacent(text, previous, tokens.get(k))) {
            previous = tokens.get(k);
            particle = true;
            k++;
        }
        if (k >= tokens.size() || !Tokens.adjacent(text, previous, tokens.get(k))) {
            return -1;
        }
        Token surname = tokens.get(k);
        boolean listed = lists.isSurname(surname.folded());
        if (!(listed && Character.isUpperCase(surname.folded().charAt(0)))) {
            if (ambiguous || !surnameLike(surname)) {
                return -1;
            }
            if (!particle && lists.isAmbiguousGivenName(surname.folded())) {
                return -1;
            }
        }
        // A second surname: “Ana García López”, “Mei Lin Tan”.
        if (k + 1 < tokens.size()
                && Tokens.adjacent(text, surname, tokens.get(k + 1))
                && lists.isSurname(tokens.get(k + 1).folded())
                && tokens.get(k + 1).capitalised()) {
            return tokens.get(k + 1).end();
        }
        return surname.end();
    }

    /** A listed given name, or a hyphenated pair of them: “Anne-Marie”, “Jean-Luc”. */
    private boolean isGivenName(String word) {
        if (lists.isGivenName(word)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0
                && lists.isGivenName(word.substring(0, hyphen))
                && lists.isGivenName(Character.toUpperCase(word.charAt(hyphen + 1)) + word.substring(hyphen + 2));
    }

    private static boolean surnameLike(Token t) {
        return SURNAME_SHAPE.matcher(t.folded()).matches() && !CommonWords.isCommonCapitalised(t.folded());
    }

    private static boolean blank(Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.original.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
