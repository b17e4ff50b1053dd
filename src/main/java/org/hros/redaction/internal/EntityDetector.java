package org.hros.redaction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.hros.redaction.Kind;
import org.hros.redaction.internal.NamedEntities.Entity;
import org.hros.redaction.internal.NamedEntities.Type;

/**
 * Turns the model's people and organisations into findings, leaving out what the model tends to get wrong in
 * HR writing: team and function names in capitals (“Talent Acquisition”, “People Ops”), the field's acronyms
 * (“HRBP”, “L&amp;D”), job titles and everyday tools.
 */
final class EntityDetector {

    /** Acronyms and words of the trade the model takes for organisations. */
    private static final Set<String> NOT_ORGANISATIONS = Set.of(
            "hr",
            "hrbp",
            "hrbps",
            "hris",
            "hcm",
            "ta",
            "l&d",
            "d&i",
            "dei",
            "ed&i",
            "edi",
            "ats",
            "crm",
            "kpi",
            "kpis",
            "okr",
            "okrs",
            "gdpr",
            "evp",
            "ceo",
            "cfo",
            "coo",
            "cto",
            "chro",
            "cpo",
            "vp",
            "svp",
            "rpo",
            "msp",
            "eor",
            "peo",
            "ai",
            "ml",
            "llm",
            "sql",
            "api",
            "faq",
            "q&a",
            "r&d",
            "m&a",
            "p&l",
            "nps",
            "enps",
            "csv",
            "pdf",
            "saas",
            "b2b",
            "b2c",
            "uk",
            "us",
            "usa",
            "eu",
            "emea",
            "apac",
            "latam",
            "hq",
            "it",
            "ops",
            "pr",
            "esg",
            "sla",
            "slas",
            "rfp",
            "poc",
            "mvp",
            "roi",
            "ttf",
            "tth",
            "qoh",
            "stem",
            "lgbtq",
            "lgbtq+",
            "erg",
            "ergs",
            "bame",
            "covid",
            "covid-19",
            "zoom",
            "slack",
            "excel",
            "teams",
            "notion",
            "miro",
            "fifo",
            "cv",
            "cvs",
            "dido",
            "wfh",
            "rto",
            "pto",
            "loa",
            "pip",
            "lgbt",
            "sop",
            "sops",
            "hse",
            "ehs",
            "ohs",
            "shrm",
            "cipd",
            "ilo",
            "osha",
            "jira",
            "confluence",
            "trello",
            "asana",
            "calendly",
            "typeform",
            "canva",
            "chatgpt");

    /** Last words that make a name a company's, whatever the words before them. */
    private static final Set<String> BUSINESS_ENDINGS = Set.of(
            "foods",
            "logistics",
            "consulting",
            "studio",
            "studios",
            "labs",
            "holdings",
            "group",
            "partners",
            "ltd",
            "inc",
            "gmbh",
            "llc",
            "plc",
            "bank",
            "insurance",
            "energy",
            "motors",
            "pharma",
            "healthcare",
            "capital",
            "ventures",
            "hotels",
            "airlines",
            "brewery",
            "bakery",
            "farms",
            "textiles",
            "electronics",
            "mining",
            "robotics",
            "games",
            "payments",
            "freight",
            "shipping",
            "construction",
            "builders",
            "homes",
            "retail",
            "media",
            "digital",
            "analytics",
            "software",
            "technologies",
            "systems",
            "academy",
            "college",
            "university",
            "institute",
            "hospital",
            "clinic",
            "foundation",
            "trust",
            "council");

    private final WordLists lists;

    EntityDetector(WordLists lists) {
        this.lists = lists;
    }

    /**
     * @param places where places are named; an organisation the model finds starting with a listed city (“Bradford”,
     *     “Venlo DC”) is the city, or a site in it
     */
    void detect(Text text, List<Entity> entities, List<Places.Place> places, Consumer<Hit> out) {
        for (Entity e : entities) {
            if (e.type() == Type.ORGANIZATION && places.stream().anyMatch(p -> !p.weak() && p.start() == e.start())) {
                continue;
            }
            int start = trimArticle(text, e.start(), e.end());
            int end = trimEnd(text, start, e.end());
            if (end - start < 2) {
                continue;
            }
            // “KNUST”: initials the model takes for a person are an institution's.
            if (e.type() == Type.PERSON && text.original.substring(start, end).matches("\\p{Lu}{3,6}")) {
                if (isOrganisation(text, start, end)) {
                    out.accept(new Hit(start, end, Kind.COMPANY, "[an organisation]"));
                }
            } else if (e.type() == Type.PERSON && isPerson(text, start, end)) {
                out.accept(new Hit(start, end, Kind.PERSON, PersonDetector.REPLACEMENT));
            } else if (e.type() == Type.ORGANIZATION && isOrganisation(text, start, end)) {
                out.accept(new Hit(start, end, Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
    }

    private boolean isPerson(Text text, int start, int end) {
        String span = text.folded.substring(start, end);
        if (!Character.isUpperCase(span.charAt(0))) {
            return false;
        }
        String[] words = span.split("\\s+");
        for (String w : words) {
            if (CommonWords.TITLE_KEYWORDS.contains(w.toLowerCase(Locale.ROOT)) || CommonWords.isCommonCapitalised(w)) {
                return false;
            }
        }
        if (words.length == 1) {
            String word = words[0];
            // A lone everyday word (“Hope”, “Will”, “Sunny”) is rarely a name the model saw right.
            if (lists.isEverydayWord(word.toLowerCase(Locale.ROOT)) && !lists.isGivenName(word)) {
                return false;
            }
            return !lists.isAmbiguousGivenName(word) || !text.startsSentence(start);
        }
        return true;
    }

    private boolean isOrganisation(Text text, int start, int end) {
        String span = text.folded.substring(start, end);
        String lower = span.toLowerCase(Locale.ROOT);
        if (NOT_ORGANISATIONS.contains(lower) || !Character.isLetterOrDigit(span.charAt(0))) {
            return false;
        }
        // “CVs”, “KPIs”, “HRBPs”: the plural of an acronym is a thing, not an organisation.
        if (span.matches("\\p{Lu}{2,5}s")) {
            return false;
        }
        if (CommonWords.PRODUCT_WORDS.contains(text.nextWord(end))) {
            return false;
        }
        String[] words = span.split("\\s+");
        boolean everyday = true;
        boolean allNames = true;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (NOT_ORGANISATIONS.contains(lw) || CommonWords.TITLE_KEYWORDS.contains(lw)) {
                return false;
            }
            everyday &= lists.isEverydayWord(lw) || CommonWords.isCommonCapitalised(w) || lw.equals("&");
            allNames &= lists.isGivenName(w) || lists.isSurname(w);
        }
        // “Liu Yang”, “Réka Szabó”: a listed given name and surname are a person whatever the model says.
        if (allNames && words.length >= 2) {
            return false;
        }
        // “Green Valley Foods”: everyday words before a business word still make a company's name.
        if (words.length >= 2 && BUSINESS_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return true;
        }
        // “Blue Harbour”: everyday words the model reads as an organisation are one, unless they are a team's
        // or a function's (“Talent Acquisition”, “People Team”), which count only when spoken of as an employer
        // (“at Harbour Health”).
        boolean teamWords = false;
        for (String w : words) {
            teamWords |= CompanyShapes.teamOrFunctionWord(Text.foldLower(w));
        }
        return !everyday
                || (words.length >= 2 && !teamWords && !text.startsSentence(start))
                || CommonWords.EMPLOYER_CUES.contains(text.previousWord(start));
    }

    private static int trimArticle(Text text, int start, int end) {
        for (String article : List.of("The ", "the ")) {
            if (text.original.startsWith(article, start) && start + article.length() < end) {
                return start + article.length();
            }
        }
        return start;
    }

    /** Drops a possessive or a trailing full stop the tokenizer kept (“Lumora's”, but “Ltd.” keeps its dot). */
    private static int trimEnd(Text text, int start, int end) {
        String s = text.original;
        if (end - start > 2 && (s.startsWith("'s", end - 2) || s.startsWith("\u2019s", end - 2))) {
            return end - 2;
        }
        return end;
    }
}
