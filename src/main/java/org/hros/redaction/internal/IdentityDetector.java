package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.Kind;
import org.hros.redaction.internal.Tokens.Token;

/**
 * The author's own name, handle and company, built once per review from their profile. Their own name counts in
 * full, and each part alone (“Maya's team”, “Lindqvist said”); their company in full and in short (“Northwind”).
 */
final class IdentityDetector {

    static final String OWN_COMPANY_REPLACEMENT = "[our company]";

    private final WordLists lists;
    private final String fullName;
    private final List<String> nameParts = new ArrayList<>();
    private final String handle;
    private final Gazetteer company;
    private final List<String> companyTags = new ArrayList<>();

    IdentityDetector(AuthorIdentity author, WordLists lists) {
        this.lists = lists;
        String name =
                author.displayName() == null ? "" : author.displayName().strip().replaceAll("\\s+", " ");
        this.fullName = name.length() >= 3 ? Text.foldLower(name) : null;
        for (String part : name.split("[ ]")) {
            String folded = Text.fold(part.replaceAll("[^\\p{L}\\p{M}'\u2019-]", ""));
            if (folded.length() >= 3
                    && Character.isUpperCase(folded.charAt(0))
                    && !CommonWords.isCommonCapitalised(folded)) {
                nameParts.add(folded);
            }
        }
        String h = author.handle() == null ? "" : author.handle().strip().toLowerCase(Locale.ROOT);
        boolean distinctive = h.length() >= 6 || h.matches(".*[-_0-9].*");
        this.handle = distinctive && h.length() >= 3 ? h : null;
        List<Gazetteer.Name> forms = new ArrayList<>();
        if (CompanyNames.isCompany(author.company())) {
            for (String form : CompanyNames.allForms(author.company())) {
                forms.add(Gazetteer.Name.of(form, false));
                String tag = Text.foldLower(form).replaceAll("[^\\p{L}\\p{N}]", "");
                if (tag.length() >= 4) {
                    companyTags.add(tag);
                }
            }
        }
        this.company = new Gazetteer(forms);
    }

    void detect(Text text, List<Token> tokens, Consumer<Hit> out) {
        if (fullName != null) {
            int from = 0;
            while ((from = text.lower.indexOf(fullName, from)) >= 0) {
                int end = from + fullName.length();
                if (text.startsWord(from) && text.endsWord(end)) {
                    out.accept(new Hit(from, end, Kind.OWN_NAME, PersonDetector.REPLACEMENT));
                }
                from = end;
            }
        }
        for (Token t : tokens) {
            if (nameParts.contains(t.folded()) && ownNamePartCounts(text, t)) {
                out.accept(new Hit(t.start(), t.end(), Kind.OWN_NAME, PersonDetector.REPLACEMENT));
            }
        }
        if (handle != null) {
            int from = 0;
            while ((from = text.lower.indexOf(handle, from)) >= 0) {
                int end = from + handle.length();
                boolean bounded = (from == 0 || !handleChar(text.lower.charAt(from - 1)))
                        && (end >= text.length() || !handleChar(text.lower.charAt(end)));
                if (bounded) {
                    int start = from > 0 && text.original.charAt(from - 1) == '@' ? from - 1 : from;
                    out.accept(new Hit(start, end, Kind.OWN_NAME, PersonDetector.REPLACEMENT));
                }
                from = end;
            }
        }
        for (Gazetteer.Match m : company.find(text)) {
            out.accept(new Hit(m.start(), m.end(), Kind.OWN_COMPANY, OWN_COMPANY_REPLACEMENT));
        }
        hashtags(text, out);
    }

    /** Employer-brand hashtags carry the company's name: “#HarbourviewLife”, “#LifeAtNorthwind”. */
    private void hashtags(Text text, Consumer<Hit> out) {
        if (companyTags.isEmpty()) {
            return;
        }
        Matcher m = HASHTAG.matcher(text.original);
        while (m.find()) {
            String tag = text.lower.substring(m.start() + 1, m.end());
            if (companyTags.stream().anyMatch(tag::contains)) {
                out.accept(new Hit(m.start(), m.end(), Kind.OWN_COMPANY, "[our company's hashtag]"));
            }
        }
    }

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#[\\p{L}\\p{N}_]{3,}");

    /** “Grace” or “Will” alone is the author only where it cannot be an everyday word opening a sentence. */
    private boolean ownNamePartCounts(Text text, Token t) {
        if (lists.isAmbiguousGivenName(t.folded())) {
            return !text.startsSentence(t.start());
        }
        return true;
    }

    private static boolean handleChar(char c) {
        return Text.isWordChar(c) || c == '-' || c == '_';
    }
}
