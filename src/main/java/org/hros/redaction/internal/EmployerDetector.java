package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hros.redaction.Kind;

/**
 * Company names: the shipped list of well-known employers and the companies members work for. Names that are
 * also everyday words or tools (marked in the list) count only where the text speaks of an employer.
 */
final class EmployerDetector {

    static final String REPLACEMENT = "[a company]";
    /** The replacement of HR technology vendors and job boards: their products are what the text names. */
    static final String VENDOR = "[a vendor]";

    private final Gazetteer shipped;

    EmployerDetector(WordLists lists) {
        List<Gazetteer.Name> names = new ArrayList<>();
        for (WordLists.Entry e : lists.employers()) {
            Gazetteer.Name name = Gazetteer.Name.of(e.name(), e.ambiguous(), e.replacement());
            names.add(e.midSentence() ? name.midSentenceOnly() : name);
        }
        this.shipped = new Gazetteer(names);
    }

    /** A gazetteer of members' companies, for one review. */
    static Gazetteer members(Iterable<String> companies) {
        List<Gazetteer.Name> names = new ArrayList<>();
        for (String company : companies) {
            if (CompanyNames.isCompany(company)) {
                for (String form : CompanyNames.formal(company)) {
                    names.add(Gazetteer.Name.of(form, false));
                }
            }
        }
        return new Gazetteer(names);
    }

    void detect(Text text, Gazetteer memberCompanies, Consumer<Hit> out) {
        List<Gazetteer.Match> matches = new ArrayList<>(shipped.find(text));
        matches.addAll(memberCompanies.find(text));
        List<Gazetteer.Match> accepted = new ArrayList<>();
        List<Gazetteer.Match> waiting = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            boolean vendor = VENDOR.equals(m.name().replacement());
            if (partOfAddress(text, m) || (!vendor && usedAsProduct(text, m))) {
                continue;
            }
            if (m.name().midSentence() && opensSentence(text, m.start())) {
                continue;
            }
            if (!m.name().ambiguous() || spokenOfAsEmployer(text, m)) {
                accepted.add(m);
            } else {
                waiting.add(m);
            }
        }
        // “from Marriott and Hilton”: an ambiguous name listed with a clear one is an employer too.
        for (Gazetteer.Match m : waiting) {
            if (listedWithAccepted(text, m, accepted)) {
                accepted.add(m);
            }
        }
        for (Gazetteer.Match m : accepted) {
            String replacement = m.name().replacement() != null ? m.name().replacement() : REPLACEMENT;
            out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, replacement));
        }
    }

    /** “Indeed, …” opens a sentence; “Tools: Ashby” and “Lever + Greenhouse” do not. */
    private static boolean opensSentence(Text text, int start) {
        int i = start - 1;
        while (i >= 0
                && (text.original.charAt(i) == ' '
                        || text.original.charAt(i) == '"'
                        || text.original.charAt(i) == '\u201c')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.original.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    /** “google.com”, “@Shell”, “#Apple”: part of a link, an address or a tag, found by other detectors. */
    private static boolean partOfAddress(Text text, Gazetteer.Match m) {
        char before = m.start() > 0 ? text.original.charAt(m.start() - 1) : ' ';
        char after = m.end() < text.length() ? text.original.charAt(m.end()) : ' ';
        boolean dotAfter =
                after == '.' && m.end() + 1 < text.length() && Text.isWordChar(text.original.charAt(m.end() + 1));
        return before == '@' || before == '#' || before == '/' || before == '.' || dotAfter;
    }

    private static boolean usedAsProduct(Text text, Gazetteer.Match m) {
        return CommonWords.PRODUCT_WORDS.contains(text.nextWord(m.end()));
    }

    private static boolean spokenOfAsEmployer(Text text, Gazetteer.Match m) {
        String previous = text.previousWord(m.start());
        if (CommonWords.EMPLOYER_CUES.contains(previous)) {
            return true;
        }
        if (m.start() >= 3 && text.lower.startsWith("ex-", m.start() - 3)) {
            return true;
        }
        if (previous.equals("from") || previous.equals("for")) {
            String before = text.previousWord(text.previousWordStart(m.start()));
            if (previous.equals("from") && CommonWords.PEOPLE_FROM.contains(before)) {
                return true;
            }
            if (previous.equals("for") && (before.startsWith("work") || before.equals("worked"))) {
                return true;
            }
        }
        String next = text.nextWord(m.end());
        return CommonWords.EMPLOYER_FOLLOWERS.contains(next);
    }

    private static boolean listedWithAccepted(Text text, Gazetteer.Match m, List<Gazetteer.Match> accepted) {
        for (Gazetteer.Match other : accepted) {
            if (other.end() <= m.start() && joinedByList(text, other.end(), m.start())) {
                return true;
            }
            if (m.end() <= other.start() && joinedByList(text, m.end(), other.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinedByList(Text text, int from, int to) {
        String between = text.lower.substring(from, to).strip();
        return between.equals("and")
                || between.equals("or")
                || between.equals(",")
                || between.equals("&")
                || between.equals(", and")
                || between.equals(", or");
    }
}
