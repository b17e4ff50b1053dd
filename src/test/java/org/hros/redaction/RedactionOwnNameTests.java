package org.hros.redaction;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.hros.redaction.internal.RedactionEngine;
import org.hros.redaction.internal.WordLists;
import org.junit.jupiter.api.Test;

/**
 * The author's own name in the forms people write it, with the rules alone. The sentences were written for this
 * test, not taken from the evaluation sets.
 */
class RedactionOwnNameTests {

    private static final RedactionScanner SCANNER = new RedactionEngine(WordLists.shipped());

    private static AuthorIdentity author(String name, String handle) {
        return new AuthorIdentity(name, handle, null, "Fernley Homes");
    }

    /** Each author with a sentence and the text of their own name in it. */
    private static final List<Object[]> OWN = List.of(
            new Object[] {author("Lieselotte Vermeulen", "liesv"), "Thanks all. Lies, btw.", "Lies"},
            new Object[] {author("Lieselotte Vermeulen", "liesv"), "Ask Lotte in the Antwerp office.", "Lotte"},
            new Object[] {
                author("Madison Clarke", "mclarke"), "I am Madison Clarke. Madison runs the scheme.", "Madison"
            },
            new Object[] {author("Ekaterina Volkova", "evolkova"), "Questions to Katya, any time.", "Katya"},
            new Object[] {author("Tomáš Dvořák", "td"), "Happy to share the template. /td", "td"},
            new Object[] {author("Tomáš Dvořák", "td"), "Write to me – td", "td"},
            new Object[] {author("João Pedro Carvalho", "jpc"), "Signed, J.P. Carvalho", "J.P."},
            new Object[] {author("Yuki Tanaka", "ytanaka"), "Tanaka-san ran the interviews.", "Tanaka"},
            new Object[] {author("Oluwaseun Adeyemi", "seun_a"), "seun here, from the Lagos team", "seun"},
            new Object[] {author("Giuseppe Ferraro", "gferraro"), "Beppe built the whole scheme.", "Beppe"},
            new Object[] {author("Konstantinos Papadakis", "kpapadakis"), "Kostas set the targets.", "Kostas"});

    @Test
    void theAuthorsNameIsFoundInTheFormsPeopleWriteIt() {
        SoftAssertions softly = new SoftAssertions();
        for (Object[] c : OWN) {
            String text = (String) c[1];
            String expected = (String) c[2];
            softly.assertThat(SCANNER.scan(text, (AuthorIdentity) c[0]).findings())
                    .as("%s in \"%s\"", expected, text)
                    .anyMatch(f -> f.kind() == Kind.OWN_NAME && f.text().contains(expected));
        }
        softly.assertAll();
    }

    @Test
    void everydayWordsThatStartTheNameStayCleanWithoutTheNameAround() {
        SoftAssertions softly = new SoftAssertions();
        AuthorIdentity lies = author("Lieselotte Vermeulen", "liesv");
        softly.assertThat(
                        SCANNER.scan("Lies spread fast in a small team.", lies).findings())
                .isEmpty();
        AuthorIdentity will = author("Will Harding", "wharding");
        softly.assertThat(SCANNER.scan("Will it work? We will see.", will).findings())
                .isEmpty();
        softly.assertThat(SCANNER.scan("I'm Will Harding. Will the levy pay for itself?", will)
                        .findings())
                .extracting(Finding::text)
                .containsExactly("Will Harding");
        AuthorIdentity td = author("Tomáš Dvořák", "td");
        softly.assertThat(SCANNER.scan("The td element of the table was empty.", td)
                        .findings())
                .isEmpty();
        softly.assertAll();
    }
}
