package org.hros.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.hros.redaction.internal.RedactionEngine;
import org.hros.redaction.internal.WordLists;
import org.junit.jupiter.api.Test;

/**
 * Company names no list knows, found by their shape with the rules alone, and the HR phrases of the same shape
 * that must stay clean. The sentences were written for this test, not taken from the evaluation sets.
 */
class RedactionCompanyShapesTests {

    private static final RedactionScanner SCANNER = new RedactionEngine(WordLists.shipped());

    /** Each sentence with the company name it hides. */
    private static final List<String[]> COMPANIES = List.of(
            new String[] {"We moved our volume hiring to Harbour Logistics last spring.", "Harbour Logistics"},
            new String[] {"Brightwell Staffing ran the assessment days for us.", "Brightwell Staffing"},
            new String[] {"Harbour Logistics took over the night shifts.", "Harbour Logistics"},
            new String[] {"The contract went to Green Valley Foods in the end.", "Green Valley Foods"},
            new String[] {"Our drivers came through Blue Finch Recruitment.", "Blue Finch Recruitment"},
            new String[] {"We benchmarked against Silver Birch Partners and two others.", "Silver Birch Partners"},
            new String[] {"Payroll is run by Kettle Hill Ltd since 2022.", "Kettle Hill Ltd"},
            new String[] {"The pilot was co-designed with Stone & Baker.", "Stone & Baker"},
            new String[] {"Our legal advice came from Okonkwo and Partners.", "Okonkwo and Partners"},
            new String[] {"We signed with Marsh & Sons for the fit-out.", "Marsh & Sons"},
            new String[] {"The new ATS from HireLoop replaced our spreadsheets.", "HireLoop"},
            new String[] {"Referrals now go through PeopleFirst.", "PeopleFirst"},
            new String[] {"We advertised on Jobbly24 and got 300 applicants.", "Jobbly24"},
            new String[] {"The agency Staffwell sent us 12 temps.", "Staffwell"},
            new String[] {"Students from Northgate College joined in June.", "Northgate College"},
            new String[] {"We partnered with Western University on the programme.", "Western University"},
            new String[] {"Apprentices come from Kilnbrook technical college.", "Kilnbrook"},
            new String[] {"We partnered with NUST for the graduate scheme.", "NUST"},
            new String[] {"We involved ILO and the union early.", "ILO"},
            new String[] {"Our trainees study at the National Institute of Mining Technology (NIMT).", "NIMT"},
            new String[] {"We moved from Taleo to Workday in 2023.", "Taleo"},
            new String[] {"We moved from Taleo to Workday in 2023.", "Workday"},
            new String[] {"Candidates applied through SmartRecruiters.", "SmartRecruiters"},
            new String[] {"Our graduate ads run on Totaljobs and Reed.", "Totaljobs"},
            new String[] {"We tried Lumenbridge Solutions for the assessments.", "Lumenbridge Solutions"},
            new String[] {"Ardmore Health Group bought the clinic chain.", "Ardmore Health Group"},
            new String[] {"Our interns came from the Universidad de Antioquia.", "Universidad de Antioquia"},
            new String[] {"Two engineers joined from Hacettepe Üniversitesi.", "Hacettepe Üniversitesi"},
            new String[] {"The apprentices study at IES Ribera Baixa in the mornings.", "IES Ribera Baixa"},
            new String[] {"Our counsel at Kanzlei Hartmann & Roth checked the contract.", "Hartmann & Roth"},
            new String[] {"Four of them trained at the Flatiron School before joining.", "Flatiron School"},
            new String[] {"We recruit welders from Tollcross College every June.", "Tollcross College"},
            new String[] {"We hired through Adzuna and Jooble in Poland.", "Jooble"},
            new String[] {"Our background checks are done by Certn now.", "Certn"},
            new String[] {"Our employment lawyers at Lewis Silkin reviewed it.", "Lewis Silkin"},
            new String[] {"Pracuj.pl and Jobsora were the best sources for operators.", "Jobsora"},
            new String[] {"We advertised on Seek, Trovajob and Indeed.", "Trovajob"},
            new String[] {"Most hires came through SmartRecruiters and BVX.", "BVX"},
            new String[] {"We signed with the agency Beacon for the summer peak.", "Beacon"},
            new String[] {"Our temps came from Summit Resourcing this year.", "Summit Resourcing"},
            new String[] {"The screening was run by Hirely.ai in three languages.", "Hirely.ai"},
            new String[] {"We are members of the Federation of Small Businesses.", "Federation of Small Businesses"},
            new String[] {"Six KTU graduates joined the night shift.", "KTU"},
            new String[] {"Our carers moved over from Harbourside Care in May.", "Harbourside Care"},
            new String[] {"Drivers were supplied by Castle Haulage until 2024.", "Castle Haulage"},
            new String[] {"Before that I worked at Tern for six years.", "Tern"},
            new String[] {"Our best recruiter left us and joined Beacon in March.", "Beacon"});

    /** HR sentences with capitalised phrases of the same shapes that name no organisation. */
    private static final List<String> CLEAN = List.of(
            "Our Talent Partners and the HR Business Partners met weekly.",
            "The Shared Services team took over payroll questions.",
            "We post roles on Social Media and in the local paper.",
            "Learning & Development and Health & Safety both sat in the People team.",
            "The Employee Resource Group ran the session with the Focus Group.",
            "Workforce Solutions is what the board called the new planning process.",
            "Graduate Recruitment starts in September with Campus Recruitment events.",
            "Safer Recruitment training is compulsory for every hiring manager.",
            "Our ATS and HRIS data did not match, so the KPI report was wrong.",
            "We tracked NPS and eNPS with the CEO and the CHRO every quarter.",
            "Applicant Tracking Systems rarely parse a two-column CV well.",
            "The Corporate University ran a course on interviewing.",
            "Compensation & Benefits and Reward & Recognition merged last year.",
            "We wrote a policy with the works council and shared it on Teams.",
            "Onboarding Solutions was the working title of the project.",
            "Half of the apprentices left High School early and went to Summer School instead.",
            "She studied at Law School before moving into HR.",
            "The Chartered Institute sets the standard for the whole profession.",
            "We set SMART goals with a RACI chart and a SWOT analysis.",
            "Our Future Talent programme and the Head of Talent agreed on it.",
            "Strategic HR and Core HR are two different jobs.",
            "Home Care and Residential Care teams share one rota.",
            "The Knowledge Hub holds every policy, and Public Works took the rest.",
            "She joined Finance in 2021 and worked for Maria in Lisbon.",
            "He joined HR after he left London, and worked at Christmas too.");

    @Test
    void companiesAreFoundByTheShapeOfTheirNames() {
        SoftAssertions softly = new SoftAssertions();
        for (String[] c : COMPANIES) {
            List<Finding> found = SCANNER.scan(c[0], AuthorIdentity.UNKNOWN).findings();
            softly.assertThat(found)
                    .as("%s in \"%s\"", c[1], c[0])
                    .anyMatch(f -> f.kind() == Kind.COMPANY && f.text().contains(c[1]));
        }
        softly.assertAll();
    }

    @Test
    void teamNamesFunctionsAndTheTradesAcronymsStayClean() {
        SoftAssertions softly = new SoftAssertions();
        for (String text : CLEAN) {
            softly.assertThat(SCANNER.scan(text, AuthorIdentity.UNKNOWN).findings())
                    .as(text)
                    .isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void aGivenNameOrADayListedWithACompanyIsNoCompany() {
        assertThat(SCANNER.scan("We posted on LinkedIn and Maria answered every applicant.", AuthorIdentity.UNKNOWN)
                        .findings())
                .extracting(Finding::text)
                .containsExactly("LinkedIn");
        assertThat(SCANNER.scan(
                                "The roles went up on Indeed and Monday was the first interview.",
                                AuthorIdentity.UNKNOWN)
                        .findings())
                .extracting(Finding::text)
                .containsExactly("Indeed");
    }
}
