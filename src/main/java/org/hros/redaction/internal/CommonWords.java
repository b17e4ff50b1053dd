package org.hros.redaction.internal;

import java.util.Arrays;
import java.util.Set;

/** Small vocabularies the detectors share: words that look like names but are not, and words that give context. */
final class CommonWords {

    private CommonWords() {}

    /** A set of words written one after another, separated by spaces or line breaks. */
    private static Set<String> words(String text) {
        return Set.copyOf(Arrays.asList(text.strip().split("\\s+")));
    }

    static final Set<String> MONTHS = words("""
            January February March April May June July August September October November December Jan Feb Mar
            Apr Jun Jul Aug Sep Sept Oct Nov Dec
            """);

    static final Set<String> DAYS = words("""
            Monday Tuesday Wednesday Thursday Friday Saturday Sunday
            """);

    /** Capitalised words that follow a given name without being a surname: “Victoria Station”, “Sarah Monday”. */
    private static final Set<String> NOT_SURNAMES = words("""
            The A An And But Or Nor In On At For With From To Of By As If When While After Before Then So Yes
            No Not I We Our My He She They It Its This That These Those Their His Her Your You Team Teams Group
            People Talent Recruiting Recruitment Office Street Road Avenue Lane Square Park Station Airport
            University College School Hospital Clinic Centre Center Foundation Trust Award Awards Day Week
            Month Year Project Program Programme Manager Director Lead Head Partner Partners Consulting Bank
            Health Care Capital Energy Digital Labs Media Studio Studios Holdings Systems Solutions Services
            Technologies Tech Software Network Hotel Hotels City County State Valley Hall House Way Place Court
            Island Beach River Lake Line Academy Institute Council Committee Board Fund Ventures Industries
            International Global Europe America Africa Asia Australia English French German Spanish Chinese
            Japanese Indian British American European Christmas Easter Ramadan Diwali Pride Month Challenge
            Series Edition Summit Conference Forum Week Weekend Policy Plan Framework Model Method Index Report
            Survey Review Scheme Initiative Campaign Pilot Phase Stage Level Grade Band Act Law Rule Rules Ltd
            Inc Plc Llc Gmbh Corp Co Limited Company Street Says Said
            """);

    static boolean isCommonCapitalised(String word) {
        return NOT_SURNAMES.contains(word) || MONTHS.contains(word) || DAYS.contains(word);
    }

    /**
     * Words before an ambiguous employer's name that show the text speaks of it as an employer: “at Apple”,
     * “joined Shell”, “left Target”, “like Amazon”.
     */
    static final Set<String> EMPLOYER_CUES = words("""
            at joined join joining left leaving ex former formerly rival rivals competitor competitors like
            versus vs
            """);

    /** People who come “from” an employer: “a consultant from Mercer”, “recruiters from SAP”. */
    static final Set<String> PEOPLE_FROM = words("""
            consultant consultants recruiter recruiters people colleague colleagues manager managers friend
            friends someone team trainer trainers adviser advisor advisers advisors director directors partner
            partners staff employees engineers alumni executive executives speaker speakers contact contacts
            leader leaders counterpart counterparts peer peers expert experts analyst analysts coach
            """);

    /** Words after an ambiguous employer's name that show the same: “Amazon employees”, “Shell's HQ”. */
    static final Set<String> EMPLOYER_FOLLOWERS = words("""
            employees staff alumni workers headquarters HQ office offices employee
            """);

    /**
     * Words after a company's name that make it a product people use rather than an employer: “Google Forms”,
     * “Microsoft Teams”, “LinkedIn Recruiter”.
     */
    static final Set<String> PRODUCT_WORDS = words("""
            Docs Sheets Slides Forms Analytics Ads Teams Excel Word Office PowerPoint Outlook SharePoint
            OneDrive Search Maps Drive Meet Calendar Workspace Cloud Jobs Recruiter Learning Azure Translate
            Chrome Pay Wallet Gemini Copilot Assistant Alexa Prime Messenger Workplace Premium Sales Talent
            Insights Business Marketplace Reels Stories Lens Trends Dynamics Viva Bing Edge Store Play Photos
            Sites Groups Keep Classroom Scholar Surveys Bookings Planner Loop Stream Whiteboard Premiere
            Photoshop Illustrator Acrobat InDesign Express SuccessFactors Fieldglass Concur Ariba Fusion HCM
            Taleo Recruiting Live Lists Pages Page Profile Profiles Posts Post Groups Events Notes Mail Gmail
            Shorts API ads page pages post posts profile algorithm
            """);

    static final Set<String> DETERMINERS = words("""
            our my the their his her its a an one another your
            """);

    /** Words that make a phrase a job title: “our VP of People”, “the hiring manager”, “a journalist”. */
    static final Set<String> TITLE_KEYWORDS = words("""
            ceo cfo coo cto chro cpo cmo cio cro cdo cco chief vp svp evp avp head director manager officer
            president founder co-founder cofounder owner recruiter partner lead coordinator sourcer chair
            chairman chairwoman chairperson boss mentor analyst specialist advisor adviser consultant intern
            engineer designer editor principal dean provost governor minister secretary treasurer supervisor
            generalist executive rep representative deputy assistant nurse matron doctor driver colleague
            counterpart buddy trainer coach journalist reporter candidate applicant employee hire mentee sister
            registrar controller auditor administrator technician scientist developer architect researcher
            professor lecturer teacher headteacher
            """);

    /** Words that may stand inside a title before its keyword: “regional”, “talent acquisition”, “site”. */
    static final Set<String> TITLE_MODIFIERS = words("""
            hiring regional senior junior former old new store site area general finance financial marketing
            sales people talent union account campus front office operations product engineering design
            recruiting recruitment hr ward line team vice managing global local interim acting acquisition
            brand employer learning development diversity inclusion communications comms technical technology
            data legal compliance payroll reward benefits culture workplace facilities shift night duty charge
            clinical medical nursing programme program project country group division department business
            commercial customer service services it security supply chain logistics warehouse plant production
            quality health safety wellbeing early careers graduate university school academy board executive
            assistant deputy staff external internal principal lead chief head people of for and &
            """);

    /** Words of the trade that are no everyday English but name no company: “Onboarding”, “Workforce”. */
    static final Set<String> TRADE_WORDS = words("""
            onboarding offboarding preboarding upskilling reskilling workforce headcount apprenticeship apprenticeships wellbeing analytics cybersecurity fintech healthtech
            edtech proptech ecommerce e-commerce logistics staffing solutions employability neurodiversity neurodivergent sourcing reskill upskill internships
            graduates recruiters hiring payroll benefits compliance inclusion diversity equity belonging retention attrition engagement leadership
            learning talent people recruitment recruiting operations engineering marketing sales finance procurement facilities warehouse fulfilment
            fulfillment healthcare hospitality manufacturing nonprofit non-profit gig freelance freelancers contractors remote hybrid
            chartered accredited certified
            """);
}
