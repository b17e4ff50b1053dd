package org.hros.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.redaction.internal.RedactionEngine;
import org.hros.redaction.internal.WordLists;
import org.junit.jupiter.api.Test;

class RedactionScannerTests {

    private static final RedactionScanner SCANNER = new RedactionEngine(WordLists.shipped());
    private static final AuthorIdentity MAYA = new AuthorIdentity(
            "Maya Lindqvist", "maya-lindqvist", "maya.lindqvist@northwind-retail.com", "Northwind Retail Ltd");

    @Test
    void contactDetailsGetNeutralReplacements() {
        String text =
                "Write to jobs@example.org, call +44 20 7946 0958, see https://example.org/jobs or follow @acme_hr.";
        assertThat(SCANNER.scan(text, AuthorIdentity.UNKNOWN).findings())
                .extracting(Finding::kind, Finding::text, Finding::replacement)
                .containsExactly(
                        tuple(Kind.EMAIL, "jobs@example.org", "[an e-mail address]"),
                        tuple(Kind.PHONE, "+44 20 7946 0958", "[a phone number]"),
                        tuple(Kind.URL, "https://example.org/jobs", "[a link]"),
                        tuple(Kind.HANDLE, "@acme_hr", "[a social handle]"));
    }

    @Test
    void replacingEveryFindingLeavesNothingToFind() {
        String text = "Maya Lindqvist at Northwind hired 412 employees in Leeds; ask jobs@example.org.";
        Scan scan = SCANNER.scan(text, MAYA);
        String redacted = text;
        for (Finding f : reversed(scan.findings())) {
            redacted = f.applyTo(redacted);
        }
        assertThat(redacted)
                .isEqualTo("[a colleague] at [our company] [hired hundreds of employees in one of our locations]; ask"
                        + " [an e-mail address].");
        assertThat(SCANNER.scan(redacted, MAYA).findings()).isEmpty();
    }

    @Test
    void findingsSayExactlyWhereTheyAre() {
        String text = "Our CHRO, Daniel Okafor, hired ex-Google recruiters.";
        for (Finding f : SCANNER.scan(text, MAYA).findings()) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }

    @Test
    void aTitleBeforeANameIsKeptAndTheNameDropped() {
        Finding f = only("Our VP of People, Jane Smith, approved the budget.", AuthorIdentity.UNKNOWN);
        assertThat(f.kind()).isEqualTo(Kind.PERSON);
        assertThat(f.applyTo("Our VP of People, Jane Smith, approved the budget."))
                .isEqualTo("[Our VP of People], approved the budget.");
        assertThat(only("The offer came from Jane Smith.", AuthorIdentity.UNKNOWN)
                        .replacement())
                .isEqualTo("[a colleague]");
        assertThat(only("Kofi Mensah, our designer, appeared in it.", AuthorIdentity.UNKNOWN)
                        .applyTo("Kofi Mensah, our designer, appeared in it."))
                .isEqualTo("[our designer], appeared in it.");
    }

    @Test
    void theAuthorsOwnNameCountsInFullAndInPart() {
        assertThat(kinds("Maya Lindqvist presented it, and Lindqvist's rule stuck. Ask maya-lindqvist.", MAYA))
                .containsExactly(Kind.OWN_NAME, Kind.OWN_NAME, Kind.OWN_NAME);
    }

    @Test
    void aGivenNameThatIsAlsoAWordIsTheAuthorOnlyInsideASentence() {
        AuthorIdentity will = new AuthorIdentity("Will Harding", "will-harding", null, "Fernley Homes");
        assertThat(kinds("Will the levy pay for itself? Ask Will, he knows.", will))
                .containsExactly(Kind.OWN_NAME);
        assertThat(SCANNER.scan("Will it work? We will see in May.", AuthorIdentity.UNKNOWN)
                        .findings())
                .isEmpty();
    }

    @Test
    void theAuthorsCompanyCountsInShortAndInHashtags() {
        assertThat(SCANNER.scan("At Northwind we post as #LifeAtNorthwind.", MAYA)
                        .findings())
                .extracting(Finding::kind, Finding::replacement)
                .containsExactly(
                        tuple(Kind.OWN_COMPANY, "[our company]"), tuple(Kind.OWN_COMPANY, "[our company's hashtag]"));
    }

    @Test
    void everydayWordsThatAreAlsoEmployersCountOnlyAsEmployers() {
        assertThat(SCANNER.scan(
                                "We served apple pie and Apple crumble, and talked about the Amazon rainforest. "
                                        + "Target audience: graduates. Shell scripts ran nightly.",
                                AuthorIdentity.UNKNOWN)
                        .findings())
                .isEmpty();
        assertThat(kinds("She joined Apple after six years as a recruiter at Amazon.", AuthorIdentity.UNKNOWN))
                .containsExactly(Kind.COMPANY, Kind.COMPANY);
    }

    @Test
    void toolsEveryoneUsesAreNotEmployersButJobBoardsAreNamed() {
        // Where a team advertises narrows down who it is, so job boards are findings; office tools are not.
        assertThat(SCANNER.scan(
                                "We posted on LinkedIn and Indeed, interviewed on Microsoft Teams and collected feedback"
                                        + " in Google Forms.",
                                AuthorIdentity.UNKNOWN)
                        .findings())
                .extracting(Finding::text, Finding::replacement)
                .containsExactly(tuple("LinkedIn", "[a vendor]"), tuple("Indeed", "[a vendor]"));
    }

    @Test
    void anExactHeadcountWithACityIdentifiesTogether() {
        // “The Leeds centre” is a place with a site, and the headcount in the same breath joins it: one
        // combination, whose replacement still gives the headcount as a band.
        Finding f = only("The Leeds centre had exactly 1,247 employees at the time.", AuthorIdentity.UNKNOWN);
        assertThat(f.kind()).isEqualTo(Kind.COMBINATION);
        assertThat(f.text()).isEqualTo("The Leeds centre had exactly 1,247 employees");
        assertThat(f.replacement()).isEqualTo("[The centre] had exactly [over a thousand employees]");
        assertThat(SCANNER.scan("The centre had exactly 1,247 employees.", AuthorIdentity.UNKNOWN)
                        .findings())
                .as("no city")
                .isEmpty();
        assertThat(SCANNER.scan("In Leeds, the centre had about 1,200 employees.", AuthorIdentity.UNKNOWN)
                        .findings())
                .as("approximate")
                .isEmpty();
    }

    @Test
    void aNamedLaunchWithItsDateIdentifiesTogether() {
        Finding f = only("We launched “Pathways” on 3 March 2022 for store staff.", AuthorIdentity.UNKNOWN);
        assertThat(f.kind()).isEqualTo(Kind.COMBINATION);
        assertThat(f.text()).isEqualTo("3 March 2022");
        assertThat(f.replacement()).isEqualTo("[in 2022]");
        assertThat(SCANNER.scan("The pilot launched on 3 March, a Monday.", AuthorIdentity.UNKNOWN)
                        .findings())
                .isEmpty();
    }

    @Test
    void numbersThatAreNotPhonesStayClean() {
        assertThat(SCANNER.scan(
                                "Between 2019 and 2023 we hired 14,200 people; requisition REQ-2023-0457 took 112 days;"
                                        + " pay was £42,000–£48,000; version 2.3.1; Q3 2022; 09:30 on Tuesdays.",
                                AuthorIdentity.UNKNOWN)
                        .findings())
                .isEmpty();
    }

    @Test
    void ratingIsHighForWhatIdentifiesAloneMediumForNamesAndLowForNothing() {
        assertThat(SCANNER.scan("Ask jobs@example.org.", AuthorIdentity.UNKNOWN).rating())
                .isEqualTo(Rating.HIGH);
        assertThat(SCANNER.scan("At Northwind we tried it.", MAYA).rating()).isEqualTo(Rating.HIGH);
        assertThat(SCANNER.scan("Two managers came from Tesco.", AuthorIdentity.UNKNOWN)
                        .rating())
                .isEqualTo(Rating.MEDIUM);
        assertThat(SCANNER.scan("Sarah Chen led it; see example.org/guide.", AuthorIdentity.UNKNOWN)
                        .rating())
                .isEqualTo(Rating.MEDIUM);
        Scan clean = SCANNER.scan("We tried it and it failed.", AuthorIdentity.UNKNOWN);
        assertThat(clean.rating()).isEqualTo(Rating.LOW);
        assertThat(clean.reasonKeys()).isEmpty();
    }

    @Test
    void reasonsNameEachKindFoundTheSeriousOnesFirst() {
        Scan scan = SCANNER.scan("Sarah Chen from Tesco wrote to jobs@example.org.", AuthorIdentity.UNKNOWN);
        assertThat(scan.reasonKeys())
                .containsExactly("redaction.reason.email", "redaction.reason.company", "redaction.reason.person");
    }

    @Test
    void aReviewReportsEachFieldAndFindsMembersCompanies() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "What we learnt");
        fields.put("summary", "Two nurses left for Meridian Care Homes.");
        fields.put("vendorDisclosure", "None.");
        Report report = SCANNER.review(fields, MAYA, Set.of("Meridian Care Homes Ltd", "Freelance"));
        assertThat(report.findings())
                .extracting(Finding::field, Finding::kind, Finding::text)
                .containsExactly(tuple("summary", Kind.COMPANY, "Meridian Care Homes"));
        assertThat(report.findingsIn("title")).isEmpty();
        assertThat(report.rating()).isEqualTo(Rating.MEDIUM);
    }

    private static List<Finding> reversed(List<Finding> findings) {
        List<Finding> copy = new java.util.ArrayList<>(findings);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Finding only(String text, AuthorIdentity author) {
        List<Finding> findings = SCANNER.scan(text, author).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static List<Kind> kinds(String text, AuthorIdentity author) {
        return SCANNER.scan(text, author).findings().stream().map(Finding::kind).toList();
    }
}
