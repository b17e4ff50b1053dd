package org.hros.redaction.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.redaction.Kind;

/**
 * Organisations named with everyday words, which {@link CoinedNames} leaves alone because no word in them is
 * coined: a name ending in a word only companies end in (“Harbour Logistics”, “Blue Finch Staffing”, “Nursing
 * Bridge International”), a university or college (“Western University”), a name with an unambiguous legal form
 * (“Harbour Freight Ltd”), “X &amp; Sons”; and organisations known by their initials: spelled out beside them
 * (“NUST (National University of Science and Technology)”), or named where the text speaks of an organisation
 * (“partnered with NUST”, “involved NAV early”). Names of teams and functions (“Talent Partners”, “Shared
 * Services”, “Social Media”) and the field's acronyms (“ATS”, “HRIS”) are not organisations.
 */
final class CompanyShapes {

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'\u2019-]*";

    /** Last words only an organisation's name ends in. */
    private static final String ENDING = "(?:Logistics|Staffing|Foods|Group|Holdings|Labs|Bank|Capital|Ventures"
            + "|Consulting|Consultants|Consultancy|Studios|Pharma|Motors|Insurance|Airlines|Airways|Hotels|Brewery"
            + "|Bakery|Farms|Textiles|Freight|Shipping|Builders|Healthcare|Industries|Manufacturing|Robotics"
            + "|Electronics|Energy|Mining|Construction|Outsourcing|Corporation|Corp|Cooperative|Distillers"
            + "|Crewing|Recruitment|Partners|Solutions|Systems|Technologies|Media|International|Properties|Realty"
            + "|Telecom|Networks|Resourcing|Personnel|Careers|Search|Recruiting|Worldwide|Talent|HR|Haulage|Removals"
            + "|Recycling|Catering|Fisheries|Nurseries|Packaging|Plastics|Steel|Metals|Chemicals|Timber|Furniture"
            + "|Interiors|Apparel|Footwear|Jewellery|Optical|Pharmacy|Veterinary|Brewing|Wines|Vineyards|Shipyard"
            + "|Drilling|Offshore|Utilities|Telecoms|Wireless|Broadband|Biotech|Therapeutics|Diagnostics|Aerospace"
            + "|Defence|Defense|Automotive|Aviation|Couriers|Renewables|Housing|Homes|Care|Link|Connect|Hub|Works)";

    private static final String SCHOOL = "(?:University|College|Polytechnic|Business School|School|Institute)";

    /** Institutions and firms named in their own language, the kind first: “Universidad de Antioquia”, “IES …”. */
    private static final String FOREIGN_KIND = "(?:Universidad|Universidade|Université|Universität|Universitas"
            + "|Universiti|Universitat|Università|Universiteit|Universitet|Uniwersytet|Univerzita|Univerza|Universitatea"
            + "|Politecnico|Politechnika|Politécnica|Hochschule|Fachhochschule|Technische Universität|Hogeschool"
            + "|Högskolan|Instituto|Institut|Escuela|Escola|École|Ecole|Colegio|Lycée|Liceo|Akademia|Akademie"
            + "|IES|CEIP|CIFP|Kanzlei|Bufete|Despacho|Cabinet|Fundación|Fundação|Stiftung|Fondation|Fondazione"
            + "|Klinikum|Hôpital|Ospedale|Grupo|Gruppo|Groupe)";

    private static final Pattern FOREIGN_NAME = Pattern.compile("(?<![\\p{L}\\p{N}])" + FOREIGN_KIND
            + "(?: (?:de la|de|del|di|della|do|da|des|du|d'|für|van|voor|w|im|am|zu|y|e|of|the))* " + CAP
            + "(?: (?:&|y|e|und|et|de|del|do|da|di) " + CAP + "| " + CAP + "){0,3}");

    /** “Hacettepe Üniversitesi”, “Lunds universitet”, “Aalto-yliopisto”. */
    private static final Pattern FOREIGN_SUFFIX = Pattern.compile("(?<![\\p{L}\\p{N}])" + CAP
            + "[ -](?:Üniversitesi|[Uu]niversitet|[Yy]liopisto|[Aa]mmattikorkeakoulu|Egyetem|Daigaku|Universiteit"
            + "|Hochschule|Högskola|[Hh]ögskolan|Teknikon)(?![\\p{L}\\p{N}])");

    private static final Pattern NAME_ENDING = Pattern.compile("(?<![\\p{L}\\p{N}&])(" + CAP + "(?: (?:&|and) " + CAP
            + "| " + CAP + "){0,3}) " + ENDING + "(?![\\p{L}\\p{N}])");
    private static final Pattern NAME_SCHOOL =
            Pattern.compile("(?<![\\p{L}\\p{N}&])(" + CAP + "(?: " + CAP + "){0,3}) " + SCHOOL + "(?![\\p{L}\\p{N}])");

    /** “Harbour Freight Ltd”: legal forms no everyday phrase ends in (unlike “SA”, “AS” or “SE”). */
    private static final Pattern UNAMBIGUOUS_LEGAL = Pattern.compile("(?<![\\p{L}\\p{N}&])(" + CAP
            + "(?: (?:&|and) " + CAP + "| " + CAP + "){0,3}),? (?:Ltd\\.?|Limited|Inc\\.?|GmbH|LLC|LLP|[Pp]lc|PLC"
            + "|Pty\\.? Ltd\\.?|S\\.A\\.|B\\.V\\.|N\\.V\\.|S\\.p\\.A\\.|Ltda\\.?|Sp\\. z o\\.o\\.|(?:&|and) (?:Co\\.?|Sons|Partners|Associates))"
            + "(?![\\p{L}\\p{N}])");

    /** Initials of three to six capitals, with the capitals of other alphabets (“VŠH”). */
    private static final Pattern ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}@#/.&-])\\p{Lu}{3,6}(?![\\p{L}\\p{N}&/-])");

    /** Words before initials that show the text speaks of an organisation: “partnered with NUST”, “at KNUST”. */
    private static final Set<String> ORGANISATION_CUES = words("""
            with from at via through by joined join involved partnered partnering contacted engaged hired
            approached funded sponsored
            """);

    /** Words after initials that show an organisation: “KNUST graduates”, “NAV caseworkers”. */
    private static final Set<String> ORGANISATION_AFTER = words("""
            graduates alumni students campus funding grant grants officials inspector inspectors caseworker
            caseworkers adviser advisers advisor advisors partnership headquarters
            """);

    /** A name right after words that speak of an employer: “she joined Beacon”, “I worked at Tern for six years”. */
    private static final Pattern AFTER_EMPLOYER_VERB = Pattern.compile("\\b(?:joined|joining|left|leaving|(?:work|works"
            + "|worked|working|interned|employed) (?:at|for|by)|acquired by|bought by|merged with|spun off from|ex-)"
            + " ?(" + CAP + "(?: " + CAP + "){0,2})");

    /** “Hirely.ai”, “Pracuj.pl”: a brand written as its domain, with a capital and without a path. */
    private static final Pattern BRAND_DOMAIN = Pattern.compile("(?<![\\p{L}\\p{N}@./-])\\p{Lu}[\\p{L}\\p{N}-]*"
            + "\\.(?:com|io|ai|co|net|app|jobs|pl|de|at|ch|nl|fr|es|it|pt|br|in|jp|cz|sk|hu|ro|ng|za|ke|ph|my|id|vn"
            + "|ae|tr|gr|se|no|dk|fi|ie|be|co\\.uk|com\\.au|com\\.br|co\\.za|co\\.ke)(?![\\p{L}\\p{N}/@-]|\\.\\p{L})");

    /** Words after initials that make them a thing rather than an organisation: “with ATS data”. */
    private static final Set<String> THING_AFTER = words("""
            data tool tools software system systems report reports score scores level levels process template
            templates rules guidelines standard standards certificate certification certified course courses module
            modules exam exams test tests format file files integration integrations dashboard dashboards field
            fields code codes number numbers visa visas licence license compliance compliant checks check
            """);

    /** The field's acronyms and others a text uses without naming an organisation. */
    private static final Set<String> NOT_ORGANISATION_ACRONYMS = words("""
            ATS HRIS HCM HRM HRD HRBP CRM ERP LMS WMS VMS KPI OKR GDPR EVP CEO CFO COO CTO CIO CMO CHRO CPO CRO
            CDO CCO SVP AVP RPO MSP EOR PEO SQL API FAQ NPS CSV PDF XLS SAAS USA UAE GCC EMEA APAC LATAM ESG SLA
            RFP RFI POC MVP ROI TTF TTH QOH STEM LGBT LGBTQ BAME BIPOC ERG DEI EDI PTO WFH RTO LOA PIP SOP SME SMB
            FTE OTE KYC AML CSR ESOP RSU LTI STI COLA OPT CPT EAD BPO KPO SSC GBS CNC HGV LGV CDL PPE HSE EHS OHS
            ISO POS SEO UX UI CX IPO MBA PHD BSC MSC CPD DBS NDA JD JDS CV STAR ASAP FYI BAU EOD TBD TBC ETA AKA
            DIY AI ML LLM GPT NLP OCR RPA IT IOT VR AR HR TA OD LD AND THE FOR BUT NOT ALL ANY YES NO OK TGIF CEST
            CET GMT UTC EST PST BST IST EEO ADA FMLA FLSA COBRA ACA HSA FSA PAYE VAT GST NI EU UK US COVID
            SARS HIV AIDS USD EUR GBP INR JPY NGN ZAR AUD CAD CHF SEK NOK DKK PLN CZK BRL MXN KES GHS IDR PHP VND
            THB MYR SGD HKD CNY KRW TRY AED SAR QAR EGP MAD PKR BDT LKR NZD ARS CLP COP PEN UAH RUB HUF RON BGN
            ATSS KPIS OKRS NB PS RE FW FWD CC BCC ID IDS TV PC PCS MAC IOS GPS SMS URL HTML CSS JSON XML PR QA QC
            RND OEM B2B B2C D2C DTC SKU SKUS FMCG CPG QSR HVAC MEP EPC OPEX CAPEX EBIT EBITDA YOY QOQ MOM YTD H1 H2
            Q1 Q2 Q3 Q4 FY AM PM RACI SWOT PESTLE MBTI DISC ECTS GCSE NVQ BTEC HND ATAR GPA IELTS TOEFL CELTA CPA
            ACCA CIMA CFA PMP PRINCE SHRM CIPD PHR SPHR GPHR CCP MOOC WIP RAG TUPE DBS CSCS SIA
            """);

    /** Words of team, function and everyday phrases that keep a capitalised phrase from being a company. */
    private static final Set<String> NOT_NAME_WORDS = words("""
            talent people human resources hr business data digital social shared customer client employee employer
            learning development leadership management information workforce graduate campus volume executive
            internal external innovation finance financial professional private public central investment life
            sales marketing operations product engineering technology tech service services support security legal
            compliance reward rewards benefits culture diversity inclusion wellbeing mental occupational primary
            health safety quality supply chain field global local regional national international new old our
            their your my his her its the a an this that these those many most some all few several other both each
            every any such more big small large key main top best early careers career recruiting recruitment
            hiring staffing agency agencies brand communications comms strategy strategic research analytics ai it
            cloud retail banking with for of to and or in on at by from as is was are were be we they it i you he
            she our us team teams department division unit function community technical junior senior state further
            higher sixth form art arts medical teaching training continuing adult open virtual online remote
            partner partners solution solutions system systems network networks media group groups industry
            industries sector sectors trading transport hospitality engineering software payroll properties
            consulting consultancy consultants associates capital ventures insurance energy mining construction
            outsourcing labs studios bank foods logistics recruitment world europe european africa african asia
            asian america american latin north south east west northern southern eastern western middle
            focus working steering peer age control resource pilot test user users advisory reference action study
            discussion interest affinity channel delivery implementation preferred trusted education university
            school referral applicant tracking performance operating mass news print food blood question
            unemployment travel car liability disability income renewable solar clean nuclear wind green creative
            alumni emerging assistive free air sea ocean road rail coal gold advanced lean additive contract
            consumer boutique frozen organic processed independent corporate direct safer blind inclusive overseas
            ethical nurse fair store warehouse process venture intellectual day customers customer clients
            suppliers employees staff colleagues friends family families members stakeholders investors
            summer high sunday night law grammar secondary elementary primary middle design chartered coding
            language driving nursing business graduate medical dental film art music drama future young diverse
            hidden raw fractional outsourced core operational transactional modern good great affordable student
            child children elderly intensive palliative residential domiciliary dementia aged urgent weak missing
            knowledge jobs job employment emergency mobile care home homes housing council
            """);

    /** Tools people join or leave without working there: “joined Slack”, “left Teams”. */
    private static final Set<String> TOOLS = words("""
            slack teams zoom meet whatsapp signal telegram discord notion miro jira confluence trello asana
            linkedin facebook instagram twitter x tiktok youtube reddit clubhouse mastodon threads bluesky
            """);

    /** Joining words that do not count as a word of the name. */
    private static final Set<String> JOINERS = words("& and");

    private final WordLists lists;

    CompanyShapes(WordLists lists) {
        this.lists = lists;
    }

    void detect(Text text, Consumer<Hit> out) {
        String s = text.original;
        Matcher m = NAME_ENDING.matcher(s);
        while (m.find()) {
            int start = afterLeadingFunctionWords(s, m.start(1), m.end(1));
            if (start < m.end(1) && named(s.substring(start, m.end(1)))) {
                out.accept(new Hit(start, m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = NAME_SCHOOL.matcher(s);
        while (m.find()) {
            int start = afterLeadingFunctionWords(s, m.start(1), m.end(1));
            if (start < m.end(1) && named(s.substring(start, m.end(1)))) {
                out.accept(new Hit(start, m.end(), Kind.COMPANY, "[a university]"));
            }
        }
        for (Pattern p : java.util.List.of(FOREIGN_NAME, FOREIGN_SUFFIX)) {
            m = p.matcher(s);
            while (m.find()) {
                out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, "[an organisation]"));
            }
        }
        m = UNAMBIGUOUS_LEGAL.matcher(s);
        while (m.find()) {
            int start = afterLeadingFunctionWords(s, m.start(1), m.end(1));
            // “our Customers and Partners” is no firm; “Okonkwo and Partners” is.
            boolean joined = s.startsWith(" and ", m.end(1)) || s.startsWith(" & ", m.end(1));
            if (start < m.end(1) && (!joined || named(s.substring(start, m.end(1))))) {
                out.accept(new Hit(start, m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        detectInitials(text, out);
        m = AFTER_EMPLOYER_VERB.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            if (employerLike(name)) {
                out.accept(new Hit(m.start(1), m.end(1), Kind.COMPANY, EmployerDetector.REPLACEMENT));
            }
        }
        m = BRAND_DOMAIN.matcher(s);
        while (m.find()) {
            out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, EmployerDetector.REPLACEMENT));
        }
    }

    private void detectInitials(Text text, Consumer<Hit> out) {
        String s = text.original;
        Matcher m = ACRONYM.matcher(s);
        while (m.find()) {
            String acronym = m.group();
            if (NOT_ORGANISATION_ACRONYMS.contains(acronym) || lists.isEverydayWord(acronym.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean spelledOut = spelledOutAfter(s, m.end(), acronym) || spelledOutBefore(s, m.start(), acronym);
            String next = text.nextWord(m.end()).toLowerCase(Locale.ROOT);
            boolean spokenOf = (ORGANISATION_CUES.contains(text.previousWord(m.start())) && !THING_AFTER.contains(next))
                    || ORGANISATION_AFTER.contains(next);
            if (spelledOut || spokenOf) {
                out.accept(new Hit(m.start(), m.end(), Kind.COMPANY, "[an organisation]"));
            }
        }
    }

    /** A list's joint between two names: “Pracuj.pl and OLX”, “Seek, Jora or Indeed”, “Lever/Ashby”. */
    private static final Pattern LIST_AFTER =
            Pattern.compile("^(?:,| and| or| &| ?/| ?\\+|, and|, or)(?: (?:on|via|at|from|with|through))? "
                    + "?(\\p{Lu}[\\p{L}\\p{N}]*(?:\\.[a-z]{2,3})?)(?![\\p{L}\\p{N}&'-])");

    private static final Pattern LIST_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}@#/.&-])(\\p{Lu}[\\p{L}\\p{N}]*"
            + "(?:\\.[a-z]{2,3})?)(?:,| and| or| &| ?/| ?\\+)(?: (?:on|via|at|from|with|through))? ?$");

    /**
     * A name listed with a company found otherwise is a company too, when it is no everyday word, person's
     * given name, place or month: “on Seek and Jobsora”, “Pracuj.pl and OLX”.
     */
    void detectListedWith(Text text, java.util.List<Hit> found, Consumer<Hit> out) {
        String s = text.original;
        for (Hit hit : found) {
            if (hit.kind() != Kind.COMPANY) {
                continue;
            }
            Matcher after = LIST_AFTER.matcher(s.substring(hit.end(), Math.min(s.length(), hit.end() + 40)));
            if (after.find() && companyLike(after.group(1))) {
                out.accept(
                        new Hit(hit.end() + after.start(1), hit.end() + after.end(1), Kind.COMPANY, hit.replacement()));
            }
            int from = Math.max(0, hit.start() - 40);
            Matcher before = LIST_BEFORE.matcher(s.substring(from, hit.start()));
            if (before.find() && companyLike(before.group(1)) && !text.startsSentence(from + before.start(1))) {
                out.accept(new Hit(from + before.start(1), from + before.end(1), Kind.COMPANY, hit.replacement()));
            }
        }
    }

    /** Not a person, a place, a month, a team or a tool: what may follow “joined” as an employer. */
    private boolean employerLike(String name) {
        String first = name.split(" ")[0];
        if (lists.isGivenName(Text.fold(first)) || lists.isCity(name) || lists.isCity(first)) {
            return false;
        }
        for (String w : name.split(" ")) {
            String lower = Text.foldLower(w);
            if (CommonWords.isCommonCapitalised(w)
                    || teamOrFunctionWord(lower)
                    || CommonWords.TITLE_KEYWORDS.contains(lower)
                    || NOT_ORGANISATION_ACRONYMS.contains(w)
                    || TOOLS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    private boolean companyLike(String word) {
        String bare = word.replaceFirst("\\.[a-z]{2,3}$", "");
        String lower = Text.foldLower(bare);
        if (bare.length() < 3 || NOT_ORGANISATION_ACRONYMS.contains(bare)) {
            return false;
        }
        return !lists.isEverydayWord(lower)
                && !CommonWords.isCommonCapitalised(bare)
                && !CommonWords.TRADE_WORDS.contains(lower)
                && !CommonWords.TITLE_KEYWORDS.contains(lower)
                && !NOT_NAME_WORDS.contains(lower)
                && !lists.isGivenName(Text.fold(bare))
                && !lists.isSurname(Text.fold(bare))
                && !lists.isCity(bare);
    }

    /** “CCAC (Community College of Allegheny County)”. */
    private static boolean spelledOutAfter(String s, int end, String acronym) {
        if (!s.startsWith(" (", end)) {
            return false;
        }
        int close = s.indexOf(')', end + 2);
        return close > 0
                && close - end < 120
                && initialsOf(s.substring(end + 2, close)).equals(acronym);
    }

    /** “National University of Science and Technology (NUST)”. */
    private static boolean spelledOutBefore(String s, int start, String acronym) {
        if (start < 2 || s.charAt(start - 1) != '(' || s.charAt(start - 2) != ' ') {
            return false;
        }
        String before = s.substring(Math.max(0, start - 120), start - 2);
        String[] words = before.split(" ");
        StringBuilder tail = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) {
            tail.insert(0, words[i] + " ");
            if (initialsOf(tail.toString()).equals(acronym)) {
                return true;
            }
        }
        return false;
    }

    /** The capitals that start the words of a name, leaving out “of”, “and”, “the”…: “NUST”. */
    private static String initialsOf(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.strip().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** At least one word that is not a word of teams, functions or everyday phrases. */
    private boolean named(String name) {
        boolean distinct = false;
        for (String w : name.split(" ")) {
            String lower = Text.foldLower(w);
            if (JOINERS.contains(lower)) {
                continue;
            }
            if (CommonWords.TITLE_KEYWORDS.contains(lower)
                    || CommonWords.MONTHS.contains(w)
                    || CommonWords.DAYS.contains(w)) {
                return false;
            }
            distinct |=
                    !NOT_NAME_WORDS.contains(lower) && !CommonWords.TRADE_WORDS.contains(lower) && lower.length() >= 2;
        }
        return distinct;
    }

    /** A word of teams, functions and everyday phrases (“talent”, “shared”), which names no organisation. */
    static boolean teamOrFunctionWord(String lower) {
        return NOT_NAME_WORDS.contains(lower) || CommonWords.TRADE_WORDS.contains(lower);
    }

    /** Drops words that open the phrase without belonging to the name: “At Harbour Logistics”, “Our Bank”. */
    private static int afterLeadingFunctionWords(String s, int start, int end) {
        int i = start;
        while (i < end) {
            int space = s.indexOf(' ', i);
            if (space < 0 || space >= end) {
                break;
            }
            String word = s.substring(i, space).toLowerCase(Locale.ROOT);
            if (!Set.of("the", "our", "at", "in", "from", "with", "and", "for", "to", "by", "via", "my", "their")
                    .contains(word)) {
                break;
            }
            i = space + 1;
        }
        return i;
    }

    private static Set<String> words(String text) {
        return Set.copyOf(Arrays.asList(text.strip().split("\\s+")));
    }
}
