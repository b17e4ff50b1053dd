package org.hros.redaction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms in which people write a company's name: “Northwind Retail Ltd” is also “Northwind Retail” and, in
 * the author's own text, “Northwind”.
 */
final class CompanyNames {

    private static final Set<String> LEGAL_SUFFIXES = words("""
            ltd ltd. limited plc inc inc. incorporated llc llp lp gmbh ag kg se sa s.a. sas sarl s.l. sl s.p.a.
            spa srl bv b.v. nv n.v. as asa a/s ab oy oyj k.k. kk co. co corp corp. corporation pty pty. pvt
            pvt. private pte pte. s.a.s. s.r.l. sp. z o.o. &
            """);

    /** Words that describe what a company does rather than name it; dropped from the end for short forms. */
    private static final Set<String> DESCRIPTORS = words("""
            group holdings holding technologies technology tech solutions systems services partners
            international global digital consulting consultancy analytics software labs logistics foods food
            homes retail health healthcare capital energy insurance bank media studios studio ventures
            industries manufacturing company trust foundation agency recruitment hotels hospitality networks
            pharma pharmaceuticals motors airlines airways telecom communications finance financial investments
            properties property care education academy stores brands
            """);

    /** Profile entries that are not a company at all. */
    private static final Set<String> NOT_COMPANIES = phrases("""
            freelance, freelancer, self-employed, self employed, independent, consultant, n/a, na, none, -,
            various, confidential, retired, student, unemployed, between roles, stealth, stealth startup,
            startup, private, self, me, company, my company, tbc, tba,
            """);

    /** Words too ordinary to stand alone as a company's short form. */
    private static final Set<String> TOO_ORDINARY = words("""
            the first general national united american british royal new global blue green red black white
            north south east west central city people human talent smart bright best great good open one next
            future modern home house local public social family team work jobs
            """);

    private CompanyNames() {}

    /** A set of words written one after another, separated by spaces or line breaks. */
    private static Set<String> words(String text) {
        return Set.copyOf(Arrays.asList(text.strip().split("\\s+")));
    }

    /** A set of phrases separated by commas. */
    private static Set<String> phrases(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static boolean isCompany(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.length() >= 2 && !NOT_COMPANIES.contains(n);
    }

    /** The full name and the name without its legal form: “Lagoon Foods Plc”, “Lagoon Foods”. */
    static List<String> formal(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String full = name.strip().replaceAll("\\s+", " ");
        forms.add(full);
        List<String> words = new ArrayList<>(Arrays.asList(full.split(" ")));
        while (words.size() > 1 && LEGAL_SUFFIXES.contains(strip(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        String trimmed = String.join(" ", words).replaceAll("[,.]$", "");
        if (trimmed.length() >= 2) {
            forms.add(trimmed);
        }
        return new ArrayList<>(forms);
    }

    /**
     * Every form, down to the distinctive first word: “Halden Health Partners”, “Halden Health”, “Halden”. A
     * short form must keep a word of four letters or more that is not an everyday word.
     */
    static List<String> allForms(String name) {
        Set<String> forms = new LinkedHashSet<>(formal(name));
        List<String> formal = formal(name);
        List<String> words =
                new ArrayList<>(Arrays.asList(formal.get(formal.size() - 1).split(" ")));
        while (words.size() > 1 && DESCRIPTORS.contains(strip(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
            String shorter = String.join(" ", words);
            if (distinctive(words)) {
                forms.add(shorter);
            }
        }
        return new ArrayList<>(forms);
    }

    private static boolean distinctive(List<String> words) {
        if (words.size() > 1) {
            return true;
        }
        String only = strip(words.get(0));
        return only.length() >= 4 && !TOO_ORDINARY.contains(only) && !DESCRIPTORS.contains(only);
    }

    private static String strip(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}&]+|[,]+$", "");
    }
}
