package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;
import org.hros.redaction.internal.Tokens.Token;

/**
 * The author's own company in every form people write it: in full, without its legal form, any distinctive
 * shorter form (“Cairngorm” for Cairngorm Distillers), in any case (“bursztyn software”), run together or
 * apart (“Vaski works”), its initials (“NWS”, “F&amp;C”), misspelt by a letter or two (“Northwnid”), inside
 * hashtags, and the author's headline copied into the text (“Head of Talent at Goldleaf Foods”).
 */
final class OwnCompany {

    static final String REPLACEMENT = "[our company]";

    /** Initials that are everyday abbreviations in HR writing, never taken for the author's company. */
    private static final Set<String> COMMON_INITIALS = Set.of(
            "HR", "TA", "IT", "PR", "AI", "ML", "UK", "US", "EU", "HQ", "VP", "CV", "QA", "UX", "UI", "OK", "PM", "AM",
            "ID", "TV", "PC", "GP", "ER", "OR", "CEO", "CFO", "CTO", "COO", "ATS", "KPI", "DEI", "EVP", "NHS", "USA",
            "FAQ", "API", "HRIS", "RPO", "L&D", "Q&A", "R&D", "M&A", "P&L", "D&I", "B2B", "OKR", "CSR", "ESG", "NPS",
            "SME", "MBA", "PhD", "DC", "HRBP", "GDPR", "IPO", "TAM", "CRM", "ERP", "LMS", "SQL", "AWS", "EMEA", "APAC",
            "DACH", "UAE", "IRL", "NYC", "LA", "SF", "BA", "BSc", "MSc", "CIPD", "SHRM", "CCO", "CPO");

    private final Gazetteer forms;
    private final List<String> distinctiveWords = new ArrayList<>();
    /** The name's words without legal form or “&amp;”, folded lower case, for a misspelt name of several words. */
    private final List<String> nameWords = new ArrayList<>();

    private final List<String> compactForms = new ArrayList<>();
    private final Set<String> initials = new LinkedHashSet<>();
    private final List<String> tags = new ArrayList<>();
    private final String headline;
    private final String headlineCompanyPart;

    OwnCompany(String company, String headlineText, WordLists lists) {
        List<Gazetteer.Name> names = new ArrayList<>();
        if (CompanyNames.isCompany(company)) {
            Set<String> all = new LinkedHashSet<>(CompanyNames.allForms(company));
            // “Scheldt &amp; Maas” is also written “Scheldt en Maas”, “Scheldt and Maas”.
            for (String form : List.copyOf(all)) {
                if (form.contains(" & ")) {
                    for (String and : List.of("and", "en", "und", "y", "e", "et", "og", "och", "i")) {
                        all.add(form.replace(" & ", " " + and + " "));
                    }
                }
            }
            List<String> words = CompanyNames.nameWords(company);
            for (String w : words) {
                String folded = Text.foldLower(w).replaceAll("[^\\p{L}\\p{N}]", "");
                if (!folded.isEmpty()) {
                    nameWords.add(folded);
                }
                if (CompanyNames.distinctiveWord(w, lists)) {
                    all.add(w);
                    distinctiveWords.add(Text.foldLower(w));
                }
            }
            for (String form : all) {
                names.add(form.length() <= 3 ? Gazetteer.Name.of(form, false) : Gazetteer.Name.caseless(form));
                String tag = Text.foldLower(form).replaceAll("[^\\p{L}\\p{N}]", "");
                if (tag.length() >= 4) {
                    tags.add(tag);
                    if (form.contains(" ") || hasInnerCapital(form)) {
                        compactForms.add(tag);
                    }
                }
            }
            initials(words);
            // Initials of the name with its legal form: “GPI” for Greystone Payroll Inc.
            Set<String> before = new LinkedHashSet<>(initials);
            initials(java.util.Arrays.asList(
                    company.strip().replaceAll("[.,]", "").split("\\s+")));
            initials.removeIf(i -> !before.contains(i) && i.replace("&", "").length() < 3);
        }
        this.forms = new Gazetteer(names);
        String h =
                headlineText == null ? "" : Text.foldLower(headlineText.strip().replaceAll("\\s+", " "));
        this.headline = h.length() >= 12 ? h : null;
        String companyPart = null;
        Matcher m = HEADLINE_SPLIT.matcher(h);
        if (m.find() && h.length() - m.end() >= 4) {
            companyPart = h.substring(m.end());
        }
        this.headlineCompanyPart = companyPart;
    }

    private static final Pattern HEADLINE_SPLIT = Pattern.compile(" at | @ |, | [-\u2013\u2014|] ");

    /** “Northern Water Services” → “NWS”; “Ferraris &amp; Conti” → “F&amp;C”, “FC”; “BrightPath” → “BP”. */
    private void initials(List<String> words) {
        StringBuilder plain = new StringBuilder();
        StringBuilder amp = new StringBuilder();
        StringBuilder camel = new StringBuilder();
        for (String w : words) {
            if (w.equals("&")
                    || w.equalsIgnoreCase("and")
                    || w.equalsIgnoreCase("en")
                    || w.equalsIgnoreCase("e")
                    || w.equalsIgnoreCase("y")
                    || w.equalsIgnoreCase("und")
                    || w.equalsIgnoreCase("et")) {
                amp.append('&');
                continue;
            }
            if (w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the") || w.isEmpty()) {
                continue;
            }
            char first = Character.toUpperCase(Text.fold(w).charAt(0));
            if (!Character.isLetter(first)) {
                continue;
            }
            plain.append(first);
            amp.append(first);
            for (char c : w.toCharArray()) {
                if (Character.isUpperCase(c)) {
                    camel.append(Text.fold(String.valueOf(c)));
                }
            }
        }
        for (String initial : List.of(plain.toString(), amp.toString(), camel.toString())) {
            String clean = initial.replaceAll("^&|&$", "");
            if (clean.replace("&", "").length() >= 2 && !COMMON_INITIALS.contains(clean) && words.size() > 1) {
                initials.add(clean);
            }
        }
    }

    private static boolean hasInnerCapital(String form) {
        for (int i = 1; i < form.length(); i++) {
            if (Character.isUpperCase(form.charAt(i)) && Character.isLowerCase(form.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    void detect(Text text, List<Token> tokens, Consumer<Hit> out) {
        for (Gazetteer.Match m : forms.find(text)) {
            out.accept(new Hit(m.start(), m.end(), Kind.OWN_COMPANY, REPLACEMENT));
        }
        for (String initial : initials) {
            int from = 0;
            while ((from = text.original.indexOf(initial, from)) >= 0) {
                int end = from + initial.length();
                if (text.startsWord(from) && text.endsWord(end)) {
                    out.accept(new Hit(from, end, Kind.OWN_COMPANY, REPLACEMENT));
                }
                from = end;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lower = t.folded().toLowerCase(Locale.ROOT);
            if (nearMiss(lower)) {
                out.accept(new Hit(t.start(), t.end(), Kind.OWN_COMPANY, REPLACEMENT));
            }
            if (i + 1 < tokens.size() && Tokens.adjacent(text, t, tokens.get(i + 1))) {
                Token next = tokens.get(i + 1);
                String joined = lower + next.folded().toLowerCase(Locale.ROOT);
                if (compactForms.contains(joined) || (joined.length() >= 9 && nearCompact(joined))) {
                    out.accept(new Hit(t.start(), next.end(), Kind.OWN_COMPANY, REPLACEMENT));
                }
            }
            int sequenceEnd = nearSequence(tokens, i, text);
            if (sequenceEnd > 0) {
                out.accept(new Hit(t.start(), sequenceEnd, Kind.OWN_COMPANY, REPLACEMENT));
            }
            if (compactForms.contains(lower)) {
                out.accept(new Hit(t.start(), t.end(), Kind.OWN_COMPANY, REPLACEMENT));
            }
        }
        if (headline != null) {
            find(text, headline, out, "[my role at our company]");
        }
        if (headlineCompanyPart != null && headlineCompanyPart.length() >= 4) {
            find(text, headlineCompanyPart, out, REPLACEMENT);
        }
        hashtags(text, out);
    }

    private static void find(Text text, String needle, Consumer<Hit> out, String replacement) {
        int from = 0;
        while ((from = text.lower.indexOf(needle, from)) >= 0) {
            int end = from + needle.length();
            if (text.startsWord(from) && text.endsWord(end)) {
                out.accept(new Hit(from, end, Kind.OWN_COMPANY, replacement));
            }
            from = end;
        }
    }

    /** A distinctive word of the name misspelt: one edit for 5–8 letters, two from 9, same first letter. */
    private boolean nearMiss(String word) {
        if (word.length() < 5) {
            return false;
        }
        for (String w : distinctiveWords) {
            if (w.equals(word) || w.charAt(0) != word.charAt(0) || Math.abs(w.length() - word.length()) > 2) {
                continue;
            }
            int allowed = w.length() >= 9 ? 2 : w.length() >= 5 ? 1 : 0;
            if (Edits.distance(w, word, allowed) <= allowed) {
                return true;
            }
        }
        return false;
    }

    /** “pwani frieght”: the name's first two words or more, each exact or a near miss. The end, or -1. */
    private int nearSequence(List<Token> tokens, int i, Text text) {
        int matched = 0;
        int end = -1;
        for (int k = 0; k < nameWords.size() && i + k < tokens.size(); k++) {
            Token t = tokens.get(i + k);
            if (k > 0 && !Tokens.adjacent(text, tokens.get(i + k - 1), t)) {
                break;
            }
            String word = t.folded().toLowerCase(Locale.ROOT);
            String expected = nameWords.get(k);
            int allowed = expected.length() >= 9 ? 2 : expected.length() >= 5 ? 1 : 0;
            if (!word.equals(expected) && Edits.distance(expected, word, allowed) > allowed) {
                break;
            }
            matched++;
            end = t.end();
        }
        return matched >= 2 ? end : -1;
    }

    private boolean nearCompact(String joined) {
        for (String c : compactForms) {
            if (c.charAt(0) == joined.charAt(0)
                    && Math.abs(c.length() - joined.length()) <= 2
                    && Edits.distance(c, joined, 2) <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Employer-brand hashtags carry the company's name: “#HarbourviewLife”, “#LifeAtNorthwind”. */
    private void hashtags(Text text, Consumer<Hit> out) {
        if (tags.isEmpty()) {
            return;
        }
        Matcher m = HASHTAG.matcher(text.original);
        while (m.find()) {
            String tag = text.lower.substring(m.start() + 1, m.end());
            if (tags.stream().anyMatch(tag::contains)) {
                out.accept(new Hit(m.start(), m.end(), Kind.OWN_COMPANY, "[our company's hashtag]"));
            }
        }
    }

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#[\\p{L}\\p{N}_]{3,}");
}
