package org.hros.redaction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;

/**
 * Organisations no list knows, by the shape of their names: a legal form (“Lumora Ltd”, “Vetro Farma S.p.A.”),
 * a coined name before a business word (“Pixelpatak Studio”, “Kestrel Systems”) or after one (“Hotel
 * Rosengarten”), “X &amp; Y” (“Ardmore &amp; Finch”), an institution “of” a place (“College of West Anglia”), and
 * coined brands with a capital inside (“UiTM”, “eJobs”). A coined word is one that is no everyday English word.
 */
final class CoinedNames {

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'\u2019-]*";
    private static final String LEGAL =
            "(?:Ltd\\.?|Limited|Inc\\.?|GmbH|LLC|LLP|[Pp]lc|PLC|S\\.A\\.(?:S\\.)?|SA|SAS|B\\.?V\\.?|N\\.?V\\.?"
                    + "|AS|ASA|A/S|Oy|Oyj|AB|K\\.K\\.|S\\.p\\.A\\.|SpA|Pty\\.? Ltd\\.?|Sp\\. z o\\.o\\.|Ltda\\.?|S\\.L\\.|SL|SRL|S\\.r\\.l\\."
                    + "|s\\.r\\.o\\.|Kft\\.?|Sdn Bhd|JSC|AG|SE|KG|Co\\., Ltd\\.?|Pvt\\.? Ltd\\.?|Pte\\.? Ltd\\.?|ehf\\.?|a\\.s\\.)";
    private static final String BUSINESS =
            "(?:Studio|Studios|Group|Labs|Lab|Consulting|Consultants|Partners|Clinic|Clinics"
                    + "|Hospital|Bank|Foods|Logistics|Systems|Solutions|Technologies|Tech|Media|Digital|Ventures|Capital"
                    + "|Insurance|Energy|Motors|Pharma|Healthcare|Foundation|Agency|Recruitment|Staffing|Software|Analytics"
                    + "|Robotics|Games|Textiles|Garments|Electronics|Mining|Airlines|Airways|Telecom|Construction|Engineering"
                    + "|Builders|Holdings|Industries|Manufacturing|Brewery|Bakery|Coffee|Kitchens|Farms|Marine|Shipping"
                    + "|Freight|Transport|Payments|Security|Homes|Properties|Realty|Retail|Stores|Fashion|Apparel|Cosmetics"
                    + "|Dental|Associates|Corporation|Corp|Cooperative|Resort|Resorts|Network|Services|Works|Mills|Publishing"
                    + "|Hotels|Hotel|University|College|Institute|Academy|Polytechnic|Trust|Outsourcing|Distillers|Cyber"
                    + "|Precision|Aerial|Water|Solar|Power)";
    private static final String PREFIX = "(?:Hotel|Banco|Banca|Grupo|Gruppo|Groupe|Clínica|Clinica|Café|Casa|Studio"
            + "|Restaurante|Restaurant|Bodega|Fundación|Fondazione|Stiftung|Klinik|Hospital)";

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\b(" + CAP + "(?: (?:&|and|en|und|y|e) " + CAP + "| " + CAP + "){0,3})[ ,]+" + LEGAL + "(?![\\p{L}])");
    private static final Pattern NAME_BUSINESS =
            Pattern.compile("\\b(" + CAP + "(?: " + CAP + "){0,2}) " + BUSINESS + "\\b");
    private static final Pattern BUSINESS_NAME = Pattern.compile("\\b" + PREFIX + " (" + CAP + "(?: " + CAP + ")?)");
    private static final Pattern AMPERSAND = Pattern.compile("\\b(" + CAP + ") & (" + CAP + ")");
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:" + CAP + " ){0,2}(?:University|College|Colleges"
            + "|Institute|School|Academy|Polytechnic|Municipality|municipality|Ministry|Council|Museum|Bank|Chamber"
            + "|Federation|Association|Society|Confederation|Union|Commission) of (?:the )?"
            + "(" + CAP + "(?: " + CAP + "){0,2})");
    private static final Pattern INNER_CAPITAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@#/.])(?:\\p{Ll}{1,2}\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*"
                    + "|\\p{Lu}\\p{Ll}\\p{Lu}{2,})(?![\\p{L}\\p{N}]|\\.\\p{L})");

    /** “Relokate24”, “Jobs4u”: a coined word with a number run into it. */
    private static final Pattern NUMBERED_BRAND =
            Pattern.compile("(?<![\\p{L}\\p{N}@#/.-])(\\p{Lu}\\p{Ll}{3,})\\d{1,4}(?![\\p{L}\\p{N}]|\\.\\p{L})");

    /** What a name is the name of, when it stands after the name: “Riveria vocational school”. */
    private static final String KIND = "(?:agency|consultancy|school|college|university|academy|platform|app|startup"
            + "|start-up|firm|bureau|foundation|charity|provider|vendor|portal|bootcamp|institute|polytechnic"
            + "|job board|jobs board|job site|staffing firm|recruitment agency|group)";

    private static final Pattern NAME_BEFORE_KIND =
            Pattern.compile("(?<![\\p{L}\\p{N}@#/.-])(\\p{Lu}[\\p{L}\\p{M}]{2,})"
                    + "(?: (?:vocational|technical|training|nursing|business|language|coding|recruitment|relocation"
                    + "|staffing|temp|staffing|payroll|hr|HR|tech|software|assessment|referral|local|private))? " + KIND
                    + "\\b");

    /** “the agency Werkbrug”, “a startup called Hirely”. */
    private static final Pattern KIND_BEFORE_NAME =
            Pattern.compile("\\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir) (?:[\\p{Ll}-]+ )?"
                    + "(?:agency|consultancy|firm|vendor|provider|platform|startup|start-up|bureau|app|job board|portal"
                    + "|company called|startup called|tool called|firm called|platform called|vendor called|company named)"
                    + " (\\p{Lu}[\\p{L}\\p{M}\\d]{2,})(?![\\p{L}\\p{N}])");

    /** Coined-looking words that are everyday products, surnames or units, or listed names the list decides on. */
    private static final Set<String> NOT_BRANDS = Set.of(
            "linkedin",
            "powerpoint",
            "sharepoint",
            "onedrive",
            "youtube",
            "iphone",
            "ipad",
            "macos",
            "ios",
            "javascript",
            "typescript",
            "whatsapp",
            "tiktok",
            "chatgpt",
            "hubspot",
            "onboarding",
            "ebook",
            "email",
            "ecommerce",
            "mcdonald",
            "mckinsey",
            "mcdonalds",
            "macdonald",
            "macleod",
            "mackenzie",
            "mcgregor",
            "devries",
            "dipietro",
            "lagrange",
            "leblanc",
            "kpis",
            "okrs",
            "faqs",
            "ceos",
            "hrbps",
            "ergs",
            "phd",
            "phds",
            "ebitda",
            "enps",
            "elearning",
            "esignature",
            "xapi");

    private final WordLists lists;

    CoinedNames(WordLists lists) {
        this.lists = lists;
    }

    void detect(Text text, Consumer<Hit> out) {
        String s = text.original;
        Matcher m = LEGAL_FORM.matcher(s);
        while (m.find()) {
            int start = skipLeadingArticle(s, m.start(1), m.end(1));
            if (start < m.end(1) && !everyWordEveryday(s.substring(start, m.end(1)))) {
                out.accept(new Hit(start, m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = NAME_BUSINESS.matcher(s);
        while (m.find()) {
            int start = skipLeadingArticle(s, m.start(1), m.end(1));
            String name = s.substring(start, m.end(1));
            // “Brightwell Staffing ran …”: a coined first word is a name even where a sentence opens.
            if (start < m.end(1) && coined(name) && (!text.startsSentence(start) || coined(name.split(" ")[0]))) {
                out.accept(new Hit(start, m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = BUSINESS_NAME.matcher(s);
        while (m.find()) {
            if (coined(m.group(1))) {
                out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = AMPERSAND.matcher(s);
        while (m.find()) {
            if ((coined(m.group(1)) || coined(m.group(2))) && !CommonWords.isCommonCapitalised(m.group(1))) {
                out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = NUMBERED_BRAND.matcher(s);
        while (m.find()) {
            if (coined(m.group(1))) {
                out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = NAME_BEFORE_KIND.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            if (coined(name) && !looksLikeNationality(name) && !lists.isCity(name) && !lists.isGivenName(name)) {
                out.accept(new Hit(m.start(1), m.end(1), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = KIND_BEFORE_NAME.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            // “the agency Beacon”: named as what it is, an everyday word is a name too.
            String lower = Text.foldLower(name);
            if (!CommonWords.isCommonCapitalised(name)
                    && !CommonWords.TITLE_KEYWORDS.contains(lower)
                    && !CommonWords.TRADE_WORDS.contains(lower)
                    && !looksLikeNationality(name)
                    && !lists.isCity(name)
                    && !lists.isGivenName(name)) {
                out.accept(new Hit(m.start(1), m.end(1), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = INSTITUTION.matcher(s);
        while (m.find()) {
            int start = skipLeadingArticle(s, m.start(), m.end());
            out.accept(new Hit(start, m.end(), Kind.COMPANY, "[an organisation]"));
        }
        m = INNER_CAPITAL.matcher(s);
        while (m.find()) {
            String word = m.group();
            if (!NOT_BRANDS.contains(word.toLowerCase(Locale.ROOT))
                    && !word.matches("(?:Mc|Mac|De|Di|La|Le|Van|O)\\p{Lu}.*")) {
                out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
    }

    /**
     * A coined single word standing alone in mid-sentence (“we moved to Talentry”): no everyday word, no known
     * person's, place's or month's name, not a word the model reads as a person, place or nationality (“Polish”,
     * “Yoruba” are MISC). Only with the model, which is what rules out nationalities and unknown people.
     */
    void detectCoinedWords(
            Text text,
            List<Tokens.Token> tokens,
            List<NamedEntities.Entity> entities,
            List<Places.Place> places,
            Consumer<Hit> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            String w = t.folded();
            boolean alone = (i == 0 || !tokens.get(i - 1).capitalised() || !Tokens.adjacent(text, tokens.get(i - 1), t))
                    && (i + 1 >= tokens.size()
                            || !tokens.get(i + 1).capitalised()
                            || !Tokens.adjacent(text, t, tokens.get(i + 1)));
            if (!alone
                    || !w.matches("\\p{Lu}\\p{Ll}{3,}")
                    || text.startsSentence(t.start())
                    || !coined(w)
                    || lists.isSurname(w)
                    || before(text, t.start()) == '@'
                    || before(text, t.start()) == '#') {
                continue;
            }
            boolean known = entities.stream()
                            .anyMatch(e -> e.type() != NamedEntities.Type.ORGANIZATION
                                    && e.start() < t.end()
                                    && t.start() < e.end())
                    || places.stream().anyMatch(p -> p.start() < t.end() && t.start() < p.end());
            if (!known) {
                out.accept(new Hit(t.start(), t.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
    }

    /** “Finnish”, “Kenyan”, “Pakistani”, “Congolese”: a people's or language's name, not a brand's. */
    private static boolean looksLikeNationality(String word) {
        return word.matches(".*(?:ish|ese|ian|ean|an|ic|i|ch)");
    }

    private static char before(Text text, int start) {
        return start == 0 ? ' ' : text.original.charAt(start - 1);
    }

    /** At least one word is no everyday word, no month or day, and no common name of a person. */
    private boolean coined(String name) {
        for (String w : name.split(" ")) {
            String folded = Text.fold(w);
            String lower = folded.toLowerCase(Locale.ROOT);
            if (lower.length() >= 3
                    && !lists.isEverydayWord(lower)
                    && !CommonWords.isCommonCapitalised(folded)
                    && !lists.isGivenName(folded)
                    && !CommonWords.TITLE_KEYWORDS.contains(lower)
                    && !CommonWords.TRADE_WORDS.contains(lower)
                    && !folded.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    private boolean everyWordEveryday(String name) {
        return !coined(name)
                && List.of(name.split(" ")).stream().allMatch(w -> lists.isEverydayWord(Text.foldLower(w)));
    }

    private static int skipLeadingArticle(String s, int start, int end) {
        for (String article : List.of("The ", "Our ", "At ", "In ", "From ", "With ", "And ")) {
            if (s.startsWith(article, start) && start + article.length() < end) {
                return start + article.length();
            }
        }
        return start;
    }
}
