package org.hros.search.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A large library of made-up cases for measuring search at scale, generated deterministically from a seed out of
 * templates and a small vocabulary of the field. Every case also carries two known-item queries: its title said
 * in other words (at least two of its four content phrases, and its verb, swapped for a synonym or paraphrase a
 * practitioner might use, in another order), and the first sentence of its challenge. The same seed always gives the same library and queries.
 */
public final class GeneratedCorpus {

    /** One made-up case. {@code sections} maps a section key (as in casestudy's Section) to Markdown. */
    public record GeneratedCase(
            int number,
            String type,
            String title,
            String outcome,
            List<String> topics,
            List<String> skills,
            String industry,
            String sizeBand,
            String region,
            int year,
            String licence,
            Map<String, String> sections,
            String paraphrasedTitle,
            String challengeFirstSentence) {}

    /** A wording and the other words a practitioner might use for the same thing. */
    private record Term(String words, String otherWords) {}

    private static final Term[] PRACTICES = {
        new Term("referral bonus", "employee referral reward"),
        new Term("applicant tracking system migration", "ATS switch"),
        new Term("careers site redesign", "new jobs website"),
        new Term("video interviews", "remote interviewing on camera"),
        new Term("structured scorecards", "interview rating rubrics"),
        new Term("salary ranges in job ads", "pay transparency in postings"),
        new Term("knockout questions", "automatic screening filters"),
        new Term("pre-boarding emails", "messages before the start date"),
        new Term("onboarding buddies", "peer mentors for new starters"),
        new Term("take-home assignments", "homework coding tests"),
        new Term("employee advocacy platform", "staff sharing of job posts"),
        new Term("silver medallist outreach", "re-engaging runner-up candidates"),
        new Term("programmatic job advertising", "automated ad bidding"),
        new Term("careers chatbot", "candidate question bot"),
        new Term("plain-language job adverts", "jargon-free vacancy texts"),
        new Term("employer review replies", "answers to Glassdoor reviews"),
        new Term("recruitment open days", "walk-in hiring events"),
        new Term("LinkedIn InMail sequences", "cold outreach messages"),
        new Term("diverse interview panels", "mixed hiring panels"),
        new Term("time-to-hire targets", "speed-of-hiring goals"),
        new Term("realistic job previews", "honest day-in-the-life videos"),
        new Term("accessibility audit", "screen reader review"),
        new Term("shorter application forms", "fewer form fields"),
        new Term("campus hiring", "graduate recruitment"),
        new Term("hiring manager training", "coaching for line managers who hire"),
        new Term("EVP workshops", "employee value proposition sessions"),
        new Term("exit interviews", "leaver conversations"),
        new Term("talent community newsletter", "candidate mailing list"),
        new Term("skills-based hiring", "dropping degree requirements"),
        new Term("AI CV screening", "automated resume ranking"),
        new Term("interview scheduling automation", "self-booking of interview slots"),
        new Term("returnship programme", "paid re-entry scheme after a career break"),
        new Term("internal mobility marketplace", "internal job board for staff moves"),
        new Term("employee testimonials", "staff stories"),
        new Term("job ad A/B testing", "split-testing vacancy wording"),
        new Term("rejection feedback", "telling unsuccessful candidates why"),
        new Term("offer calls by hiring managers", "managers phoning candidates with the offer"),
        new Term("weekend hiring drives", "Saturday recruitment events"),
        new Term("relocation packages", "moving support for hires"),
        new Term("reference checks", "checking candidates' referees"),
    };

    private static final Term[] VERBS = {
        new Term("introduced", "started using"),
        new Term("scrapped", "got rid of"),
        new Term("doubled down on", "invested more in"),
        new Term("rebuilt", "redid"),
        new Term("automated", "put a machine in charge of"),
        new Term("piloted", "trialled"),
    };

    private static final Term[] ROLES = {
        new Term("warehouse operatives", "logistics workers"),
        new Term("registered nurses", "nursing staff"),
        new Term("software engineers", "developers"),
        new Term("store managers", "shop leaders"),
        new Term("call-centre agents", "contact centre staff"),
        new Term("graduate trainees", "new graduates"),
        new Term("delivery drivers", "couriers"),
        new Term("teaching assistants", "classroom support staff"),
        new Term("data scientists", "machine learning specialists"),
        new Term("care workers", "home carers"),
        new Term("sales representatives", "account executives"),
        new Term("chefs", "kitchen staff"),
        new Term("electricians", "electrical technicians"),
        new Term("accountants", "finance professionals"),
        new Term("bus drivers", "transit operators"),
        new Term("social workers", "case workers"),
        new Term("pharmacists", "dispensary staff"),
        new Term("product designers", "UX designers"),
        new Term("security guards", "security officers"),
        new Term("factory technicians", "production line workers"),
        new Term("hotel receptionists", "front desk staff"),
        new Term("paralegals", "legal assistants"),
        new Term("lab technicians", "laboratory staff"),
        new Term("civil engineers", "infrastructure engineers"),
        new Term("cleaners", "cleaning staff"),
    };

    private static final Term[] METRICS = {
        new Term("offer acceptance", "offers accepted"),
        new Term("time to hire", "days to fill a role"),
        new Term("application completion", "finished applications"),
        new Term("early attrition", "new starters quitting"),
        new Term("cost per hire", "hiring cost"),
        new Term("candidate satisfaction", "candidate experience scores"),
        new Term("reply rates", "responses to outreach"),
        new Term("no-shows on day one", "hires not turning up"),
        new Term("interview attendance", "candidates showing up to interviews"),
        new Term("applications from women", "female applicants"),
        new Term("quality of hire", "new hire performance"),
        new Term("referral volume", "number of referrals"),
    };

    private static final Term[] DIRECTIONS = {
        new Term("collapsed", "fell sharply"),
        new Term("doubled", "went up twofold"),
        new Term("barely moved", "stayed flat"),
        new Term("halved", "dropped by half"),
        new Term("crept up", "rose slowly"),
        new Term("fell", "went down"),
    };

    private static final String[] OUTCOMES = {"FAILURE", "FAILURE", "MIXED", "SUCCESS"};
    private static final String[] TOPICS = {
        "employer-brand", "sourcing", "candidate-experience", "careers-site", "technical-copywriting",
        "talent-marketing", "recruiting-analytics", "onboarding", "dei", "interviewing"
    };
    private static final String[] SKILLS = {
        "writing",
        "data-analysis",
        "stakeholder-management",
        "ats-automation",
        "seo",
        "html-css",
        "social-media",
        "video-production",
        "budgeting",
        "events",
        "structured-interviewing",
        "evp-design"
    };
    /** Industry slugs (shared's Industry) and how a practitioner names such an employer. */
    private static final String[] INDUSTRIES = {
        "retail",
        "healthcare",
        "technology",
        "logistics",
        "public-sector",
        "hospitality",
        "manufacturing",
        "fintech",
        "education",
        "energy",
        "professional-services",
        "nonprofit"
    };

    private static final String[] INDUSTRY_WORDS = {
        "retailer", "hospital trust", "software company", "logistics firm", "council", "hotel group",
        "manufacturer", "payments company", "school network", "energy company", "consultancy", "charity"
    };
    /** Size bands (shared's SizeBand constants). */
    private static final String[] SIZE_BANDS = {"1-50", "51-200", "201-500", "501-1000", "1001-5000", "5001-plus"};

    private static final String[] SIZE_WORDS = {"small", "growing", "mid-sized", "sizeable", "large", "very large"};
    private static final String[] REGIONS = {
        "europe", "north-america", "latin-america", "africa", "middle-east", "asia-pacific"
    };
    private static final String[] PLACES = {
        "Europe", "North America", "Latin America", "Africa", "the Middle East", "Asia-Pacific"
    };
    private static final String[] LICENCES = {"CC_BY_4_0", "CC_BY_4_0", "CC_BY_SA_4_0", "CC_BY_NC_4_0"};
    private static final String[] CAUSES = {
        "nobody owned the process end to end",
        "we measured volume instead of quality",
        "hiring managers were not consulted",
        "the vendor's defaults did not match how we work",
        "we tested it on ourselves, not on candidates",
        "the budget was cut halfway through",
        "a legal review arrived too late",
        "candidates on phones had a different experience from us on laptops",
        "the data in the dashboard was wrong for months",
        "we copied what a competitor did without asking why",
    };
    private static final String[] LESSONS = {
        "Ask candidates before you change what they see.",
        "Watch the whole funnel, not the step you changed.",
        "Give one person the job of noticing what stopped working.",
        "Pilot with one team before rolling out everywhere.",
        "Write down what success looks like before launch.",
        "Treat every automated message as something a person will read.",
        "Bring the people who do the work into the design.",
        "Check your numbers against a second source.",
    };

    private final long seed;

    public GeneratedCorpus(long seed) {
        this.seed = seed;
    }

    /** The case with this number (0-based); the same number and seed always give the same case. */
    public GeneratedCase generate(int number) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        Term practice = pick(random, PRACTICES);
        Term verb = pick(random, VERBS);
        Term role = pick(random, ROLES);
        Term metric = pick(random, METRICS);
        Term direction = pick(random, DIRECTIONS);
        int industryIndex = random.nextInt(INDUSTRIES.length);
        int sizeIndex = random.nextInt(SIZE_BANDS.length);
        int regionIndex = random.nextInt(REGIONS.length);
        int year = 2015 + random.nextInt(11);
        int hires = 20 + random.nextInt(4000);
        int weeks = 2 + random.nextInt(40);
        int percent = 5 + random.nextInt(80);
        boolean spark = random.nextInt(10) < 3;
        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        String cause = CAUSES[random.nextInt(CAUSES.length)];
        String lesson = LESSONS[random.nextInt(LESSONS.length)];
        String otherPractice = pick(random, PRACTICES).words();
        String otherMetric = pick(random, METRICS).words();

        String title = "We " + verb.words() + " " + practice.words() + " for " + role.words() + " and " + metric.words()
                + " " + direction.words();
        String paraphrase = otherWordsFor(verb, practice, role, metric, direction, random);
        String challengeFirst = "We are a " + SIZE_WORDS[sizeIndex] + " " + INDUSTRY_WORDS[industryIndex] + " in "
                + PLACES[regionIndex] + " hiring about " + hires + " " + role.words() + " a year, and our "
                + metric.words() + " had been a worry since " + year + ".";

        Map<String, String> sections = new LinkedHashMap<>();
        String summary = "In " + year + " we " + verb.words() + " " + practice.words() + " for our "
                + role.words() + ". Within " + weeks + " weeks " + metric.words() + " " + direction.words() + " by "
                + percent + "%. Looking back, " + cause + ".";
        String what = "We started with " + practice.words() + " in one region, then rolled it out. We also looked at "
                + otherPractice + ", but decided against it for now. Recruiters briefed every hiring manager.";
        String results = "- " + capitalise(metric.words()) + " " + direction.words() + " by " + percent + "%.\n- "
                + capitalise(otherMetric) + " did not change in a way we could measure.\n- We hired " + hires / 10
                + " " + role.words() + " in the period.";
        String wrong = "The honest answer is that " + cause + ". We noticed only after " + weeks + " weeks.";
        if (spark) {
            sections.put("why", challengeFirst + " " + summary);
            sections.put("what", what);
            sections.put("how", results);
            sections.put("learnings", wrong + " " + lesson);
        } else {
            sections.put("summary", summary);
            sections.put("challenge", challengeFirst + " Leadership wanted a change within the year.");
            sections.put("whatWeDid", what);
            sections.put("results", results);
            sections.put("wrong", wrong);
            sections.put("differently", lesson + " We would also involve " + role.words() + " earlier.");
            sections.put("lessons", lesson);
        }
        List<String> topics = new ArrayList<>();
        topics.add(TOPICS[random.nextInt(TOPICS.length)]);
        String second = TOPICS[random.nextInt(TOPICS.length)];
        if (!topics.contains(second)) {
            topics.add(second);
        }
        List<String> skills = new ArrayList<>();
        skills.add(SKILLS[random.nextInt(SKILLS.length)]);
        String otherSkill = SKILLS[random.nextInt(SKILLS.length)];
        if (!skills.contains(otherSkill)) {
            skills.add(otherSkill);
        }
        return new GeneratedCase(
                number,
                spark ? "SPARK" : "CASE_STUDY",
                title,
                outcome,
                topics,
                skills,
                INDUSTRIES[industryIndex],
                SIZE_BANDS[sizeIndex],
                REGIONS[regionIndex],
                year,
                LICENCES[random.nextInt(LICENCES.length)],
                sections,
                paraphrase,
                challengeFirst);
    }

    /**
     * The title in other words and another order, as someone who remembers the story but not its title asks: each
     * of the practice, the role, the measure and the direction is said in other words with even odds, at least two
     * of them always are, and the verb always is.
     */
    private static String otherWordsFor(
            Term verb, Term practice, Term role, Term metric, Term direction, SplittableRandom random) {
        Term[] terms = {practice, role, metric, direction};
        boolean[] other = new boolean[terms.length];
        int swapped = 0;
        for (int i = 0; i < terms.length; i++) {
            other[i] = random.nextBoolean();
            swapped += other[i] ? 1 : 0;
        }
        for (int i = 0; swapped < 2; i = (i + 1) % terms.length) {
            if (!other[i] && random.nextBoolean()) {
                other[i] = true;
                swapped++;
            }
        }
        String p = other[0] ? practice.otherWords() : practice.words();
        String r = other[1] ? role.otherWords() : role.words();
        String m = other[2] ? metric.otherWords() : metric.words();
        String d = other[3] ? direction.otherWords() : direction.words();
        return switch (random.nextInt(3)) {
            case 0 -> p + " for " + r + ", " + m + " " + d;
            case 1 -> r + ": " + m + " " + d + " after we " + verb.otherWords() + " " + p;
            default -> "case where " + m + " " + d + " when a company " + verb.otherWords() + " " + p + " for " + r;
        };
    }

    private static Term pick(SplittableRandom random, Term[] terms) {
        return terms[random.nextInt(terms.length)];
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
