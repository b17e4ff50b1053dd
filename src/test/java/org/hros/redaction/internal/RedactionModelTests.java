package org.hros.redaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.Finding;
import org.hros.redaction.Kind;
import org.hros.redaction.Rating;
import org.hros.redaction.RedactionScanner;
import org.hros.redaction.Scan;
import org.junit.jupiter.api.Test;

/** The rules together with the named-entity model, and without it when it cannot load. */
class RedactionModelTests {

    private static final WordLists LISTS = WordLists.shipped();
    private static final RedactionScanner SCANNER = RedactionEngine.withModel(LISTS, Duration.ofMinutes(2));
    private static final AuthorIdentity AINO = new AuthorIdentity(
            "Aino Kettunen",
            "aino_k",
            "aino.kettunen@vaskiworks.fi",
            "Vaskiworks Oy",
            "Talent Acquisition Lead at Vaskiworks");

    @Test
    void theModelFindsPeopleNoListKnows() {
        List<Finding> found = SCANNER.scan(
                        "Our new plant manager, Oluwadamilare Adewusi, starts on Monday.", AuthorIdentity.UNKNOWN)
                .findings();
        assertThat(found).extracting(Finding::kind).containsExactly(Kind.PERSON);
        assertThat(found.get(0).text()).contains("Oluwadamilare Adewusi");
    }

    @Test
    void theRulesRunAloneWhenTheModelCannotLoad() {
        RedactionEngine engine = new RedactionEngine(
                LISTS, new CoreNlpEntities("no/such/model.ser.gz", Duration.ofSeconds(10)), List.of());
        Scan scan = engine.scan("Write to jobs@example.org or ask Sarah Chen.", AuthorIdentity.UNKNOWN);
        assertThat(scan.findings())
                .extracting(Finding::kind, Finding::text)
                .containsExactly(tuple(Kind.EMAIL, "jobs@example.org"), tuple(Kind.PERSON, "Sarah Chen"));
    }

    @Test
    void theAuthorsOwnNameIsFoundInItsShortFormsAndHandle() {
        AuthorIdentity kasia = new AuthorIdentity("Katarzyna Wiśniewska", "kw", null, "Bursztyn Software Sp. z o.o.");
        Scan scan = SCANNER.scan("Thanks to kasia and to @kw for the notes; ping Katarzyna W. anytime.", kasia);
        assertThat(scan.findings())
                .extracting(Finding::kind, Finding::text)
                .containsExactly(
                        tuple(Kind.OWN_NAME, "kasia"), tuple(Kind.HANDLE, "@kw"), tuple(Kind.OWN_NAME, "Katarzyna W."));
    }

    @Test
    void theOwnCompanyIsFoundShortMisspeltAndAsInitials() {
        AuthorIdentity author = new AuthorIdentity("Shirin Rahimi", "shirin", null, "Northern Water Services plc");
        Scan scan =
                SCANNER.scan("At NWS we tried it; northern water did well, as did Nortehrn Water Services.", author);
        assertThat(scan.findings())
                .extracting(Finding::kind, Finding::text)
                .containsExactly(
                        tuple(Kind.OWN_COMPANY, "NWS"),
                        tuple(Kind.OWN_COMPANY, "northern water"),
                        tuple(Kind.OWN_COMPANY, "Nortehrn Water Services"));
        assertThat(scan.rating()).isEqualTo(Rating.HIGH);
    }

    @Test
    void aRoleDescriptionThatCopiesTheHeadlineIsTheAuthorsOwn() {
        Scan scan = SCANNER.scan("Talent Acquisition Lead at Vaskiworks", AINO);
        assertThat(scan.findings()).extracting(Finding::kind).containsExactly(Kind.OWN_COMPANY);
        assertThat(scan.findings().get(0).text()).isEqualTo("Talent Acquisition Lead at Vaskiworks");
        assertThat(scan.rating()).isEqualTo(Rating.HIGH);
    }

    @Test
    void aPlaceWithASiteOrAHeadcountIsOneCombination() {
        Scan scan = SCANNER.scan(
                "Last year our Tampere plant hired 40 welders in Aberdeen, and the March 2023 redundancies hit our"
                        + " 85-person Gdańsk team.",
                AuthorIdentity.UNKNOWN);
        assertThat(scan.findings()).extracting(Finding::kind).containsOnly(Kind.COMBINATION);
        assertThat(scan.findings())
                .extracting(Finding::text)
                .anyMatch(t -> t.contains("our Tampere plant"))
                .anyMatch(t -> t.contains("40 welders in Aberdeen"))
                .anyMatch(t -> t.contains("the March 2023 redundancies") && t.contains("85-person Gdańsk team"));
    }

    @Test
    void jobBoardsAndVendorsAreCompaniesButASentenceOpeningWordIsNot() {
        Scan scan =
                SCANNER.scan("We moved from Greenhouse to Teamtailor. Indeed, it was cheaper.", AuthorIdentity.UNKNOWN);
        assertThat(scan.findings())
                .extracting(Finding::kind, Finding::text)
                .containsExactly(tuple(Kind.COMPANY, "Greenhouse"), tuple(Kind.COMPANY, "Teamtailor"));
    }
}
