package org.hros.bench;

import java.util.SplittableRandom;

/**
 * Hand-written words of the field for the generated community's people, requests and replies: names, companies,
 * roles, and sentences practitioners write under a case or a request. Cases themselves come from the search
 * benchmark's {@code GeneratedCorpus}.
 */
final class Phrases {

    static final String[] FIRST = {
        "Maya",
        "Jonas",
        "Priya",
        "Elena",
        "Tomasz",
        "Aisha",
        "Kenji",
        "Lucía",
        "Oluwaseun",
        "Hannah",
        "Mateo",
        "Ingrid",
        "Ravi",
        "Chloé",
        "Samuel",
        "Fatima",
        "Lars",
        "Mei",
        "Diego",
        "Zainab",
        "Noah",
        "Ana",
        "Yusuf",
        "Sofia",
        "Arjun",
        "Freya",
        "Kwame",
        "Isabel",
        "Daniel",
        "Leila",
        "Omar",
        "Grace",
        "Pedro",
        "Amara",
        "Felix",
        "Nadia",
        "Hugo",
        "Keiko",
        "Tariq",
        "Julia",
        "Emeka",
        "Clara",
        "Viktor",
        "Rosa",
        "Imran",
        "Eva",
        "Sipho",
        "Marta",
        "Ahmed",
        "Lena"
    };

    static final String[] LAST = {
        "Okafor",
        "Lindqvist",
        "Raman",
        "Novak",
        "Kowalski",
        "Haddad",
        "Tanaka",
        "García",
        "Adeyemi",
        "Becker",
        "Rossi",
        "Hansen",
        "Iyer",
        "Dubois",
        "Mensah",
        "Ali",
        "Nilsson",
        "Chen",
        "Silva",
        "Bello",
        "Schmidt",
        "Costa",
        "Yilmaz",
        "Moreau",
        "Patel",
        "Murphy",
        "Boateng",
        "Fernández",
        "Cohen",
        "Karimi",
        "Hassan",
        "O'Brien",
        "Pereira",
        "Nwosu",
        "Weber",
        "Popescu",
        "Laurent",
        "Sato",
        "Rahman",
        "Müller",
        "Eze",
        "Jansen",
        "Petrov",
        "Ortiz",
        "Qureshi",
        "Berg",
        "Dlamini",
        "Santos",
        "Farouk",
        "Vogel"
    };

    static final String[] COMPANIES = {
        "Northwind Logistics",
        "Bluebell Care",
        "Harbour Bank",
        "Tallgrass Retail",
        "Quayside Hotels",
        "Meridian Health",
        "Copperleaf Software",
        "Fernhill Schools",
        "Atlas Transit",
        "Brightwater Energy",
        "Kestrel Pharma",
        "Oakline Foods",
        "Lumen Insurance",
        "Redwood Manufacturing",
        "Silverline Telecom",
        "Juniper Consulting"
    };

    static final String[] ROLES = {
        "Head of Talent",
        "Talent Acquisition Partner",
        "Employer Brand Lead",
        "Recruiter",
        "Sourcer",
        "People Partner",
        "HR Director",
        "Recruitment Marketing Manager",
        "Talent Operations Lead",
        "Campus Recruiter",
        "Hiring Manager",
        "People Analytics Lead"
    };

    static final String[] STAFF = {"1–50 staff", "51–200 staff", "201–500 staff", "500–1,000 staff", "5,000+ staff"};

    static final String[] SECTORS = {"fintech", "retail", "healthcare", "logistics", "public sector", "hospitality"};

    static final String[] REPLY_OPENINGS = {
        "Thank you for writing down what went wrong; that is the part nobody tells.",
        "We ran almost the same thing last year and hit the same wall.",
        "Honest question: how did you get the hiring managers to agree to it?",
        "This matches what our candidate survey said, almost word for word.",
        "I shared this with my team this morning.",
        "We tried the opposite approach and it failed for different reasons.",
        "The part about measuring volume instead of quality is painfully familiar.",
        "Did you look at drop-off by device before and after?",
        "Great write-up, and thank you for the numbers.",
        "We are about to start something similar, so this is timely."
    };

    static final String[] REPLY_MIDDLES = {
        "Our time to hire went down, but offer acceptance went down with it.",
        "What helped us was a single owner for the whole process.",
        "We only saw the problem once we split the funnel by source.",
        "Legal asked us to keep the pilot to one country first.",
        "The recruiters liked it; the candidates told a different story.",
        "A two-week pilot with one team would have saved us months.",
        "We kept a shared log of every change, which made the post-mortem easy.",
        "Our works council wanted to see the scoring criteria before launch.",
        "Writing the job adverts in plain language doubled completed applications for us.",
        "The vendor's dashboard and our ATS disagreed by a third."
    };

    static final String[] REPLY_CLOSINGS = {
        "Would you do the pilot the same way again?",
        "Happy to compare notes in a circle if you like.",
        "I would love to read a follow-up in a year.",
        "Thanks again for being this open.",
        "Which tool did you end up with in the end?",
        "",
        "",
        ""
    };

    static final String[] REQUEST_ASKS = {
        "How do you",
        "Has anyone managed to",
        "Looking for examples of how to",
        "What went wrong when you tried to",
        "Cases wanted: how to"
    };

    static final String[] REQUEST_GOALS = {
        "cut time to hire for {0} without hurting quality",
        "get hiring managers to use structured scorecards for {0}",
        "write job adverts that {0} actually finish reading",
        "measure whether our employer brand work reaches {0}",
        "stop losing {0} between offer and first day",
        "run an honest post-mortem on a failed campaign for {0}",
        "introduce pay transparency in adverts for {0}",
        "train a small team to write careers-site copy for {0}",
        "use referrals for {0} without making teams less diverse",
        "replace a degree requirement for {0} with a skills test"
    };

    static final String[] REQUEST_ROLES = {
        "warehouse operatives", "registered nurses", "software engineers", "store managers", "call-centre agents",
        "graduate trainees", "delivery drivers", "care workers", "data scientists", "chefs"
    };

    static final String[] REQUEST_CONTEXT = {
        "We are a team of three recruiters and the business expects twice the hires this year.",
        "Our last attempt failed and I would like to understand why before trying again.",
        "Leadership wants numbers before they fund anything, so metrics matter most.",
        "Any failure stories are as welcome as successes.",
        "We work across four countries with different rules on what adverts may say.",
        "Our candidate survey keeps pointing at the same problem."
    };

    private Phrases() {}

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    static String reply(SplittableRandom random) {
        StringBuilder text = new StringBuilder(pick(random, REPLY_OPENINGS));
        text.append(' ').append(pick(random, REPLY_MIDDLES));
        if (random.nextInt(3) == 0) {
            text.append(' ').append(pick(random, REPLY_MIDDLES));
        }
        String closing = pick(random, REPLY_CLOSINGS);
        if (!closing.isEmpty()) {
            text.append("\n\n").append(closing);
        }
        return text.toString();
    }

    static String requestTitle(SplittableRandom random) {
        String role = pick(random, REQUEST_ROLES);
        return pick(random, REQUEST_ASKS) + " " + pick(random, REQUEST_GOALS).replace("{0}", role) + "?";
    }

    static String requestDescription(SplittableRandom random) {
        return pick(random, REQUEST_CONTEXT) + " " + pick(random, REQUEST_CONTEXT) + "\n\n- "
                + pick(random, REPLY_MIDDLES) + "\n- " + pick(random, REPLY_MIDDLES);
    }

    static String roleDescriptor(SplittableRandom random) {
        return pick(random, ROLES) + ", " + pick(random, STAFF) + ", " + pick(random, SECTORS);
    }
}
