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
            pvt. private pte pte. s.a.s. s.r.l. sp. z o.o. & sa. a.s. as. a.s a.ş. aş ehf ehf. hf hf. kft kft. zrt
            zrt. s.r.o. sro spol. srl. sdn bhd berhad jsc pjsc ojsc oao ooo tbk pt p.t. cv c.v. de s.a s.a.s de c.v
            ltda ltda. eireli me epp lda lda. unipessoal aps ivs oü uab sia d.o.o. doo a.d. ad ead eood bvba sprl
            kk k.k co., ltd., inc., llc. plc. oy. ab. gk g.k. yk sas. pty. (pty) ltd, limited. l.l.c. lllp pllc
            """);

    /** Words that describe what a company does rather than name it; dropped from the end for short forms. */
    private static final Set<String> DESCRIPTORS = words("""
            group holdings holding technologies technology tech solutions systems services partners
            international global digital consulting consultancy analytics software labs logistics foods food
            homes retail health healthcare capital energy insurance bank media studios studio ventures
            industries manufacturing company trust foundation agency recruitment hotels hospitality networks
            pharma pharmaceuticals motors airlines airways telecom communications finance financial investments
            properties property care education academy stores brands
            components devices medical hospitality payments transport transportation marine cargo freight
            textiles garments electronics batteries games gaming payroll fresh distillers distillery brewery
            brewing water robotics aerial cyber outsourcing mining forest forestry solar power electric
            telecoms precision engineering construction builders kitchens bakery coffee kopi palm seguros
            tecnologia saúde saude yazılım yazilim kogyo hoteles farma pharmaceutical clinic clinics dental
            legal law works mills farms logistik technik werke bpo
            """);

    /** Profile entries that are not a company at all. */
    private static final Set<String> NOT_COMPANIES = phrases("""
            freelance, freelancer, self-employed, self employed, independent, consultant, n/a, na, none, -,
            various, confidential, retired, student, unemployed, between roles, stealth, stealth startup,
            startup, private, self, me, company, my company, tbc, tba,
            """);

    /** Legal forms that come first: “PT Nusantara Kopi”. */
    private static final Set<String> LEGAL_PREFIXES = words("""
            pt pt. cv cv. ooo oao zao
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
        while (words.size() > 1 && LEGAL_PREFIXES.contains(strip(words.get(0)))) {
            words.remove(0);
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
        while (words.size() > 1) {
            words.remove(words.size() - 1);
            if (words.size() > 1 && DESCRIPTORS.contains(strip(words.get(words.size() - 1)))) {
                continue;
            }
            if (distinctive(words) && !strip(words.get(words.size() - 1)).equals("&")) {
                forms.add(String.join(" ", words));
            }
        }
        return new ArrayList<>(forms);
    }

    /** The words of the name without its legal form, for initials and near-miss spellings. */
    static List<String> nameWords(String name) {
        List<String> formal = formal(name);
        return Arrays.asList(formal.get(formal.size() - 1).split(" "));
    }

    /** Whether a single word could stand for the company on its own: not a descriptor or an everyday word. */
    static boolean distinctiveWord(String word, WordLists lists) {
        String w = strip(word);
        return w.length() >= 4
                && !TOO_ORDINARY.contains(w)
                && !DESCRIPTORS.contains(w)
                && !LEGAL_SUFFIXES.contains(w)
                && !lists.isEverydayWord(Text.foldLower(w));
    }

    static boolean isDescriptor(String word) {
        return DESCRIPTORS.contains(strip(word));
    }

    private static boolean distinctive(List<String> words) {
        if (words.size() > 1) {
            return true;
        }
        String only = strip(words.get(0));
        return only.length() >= 4 && !TOO_ORDINARY.contains(only) && !DESCRIPTORS.contains(only);
    }

    private static String strip(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}&(]+|[,]+$", "");
    }
}
