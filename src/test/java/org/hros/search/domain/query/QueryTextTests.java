package org.hros.search.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hros.search.domain.query.QueryText.Clause;
import org.junit.jupiter.api.Test;

/** The small query syntax: words, phrases, exclusions, synonyms; everything else is just a separator. */
class QueryTextTests {

    private static final List<List<String>> ATS = List.of(List.of("ats"), List.of("applicant", "tracking", "system"));

    /** One group: ATS / applicant tracking system. */
    private static final QueryText.SynonymTable TABLE = (tokens, start) -> {
        for (List<String> expression : ATS) {
            int n = expression.size();
            if (start + n <= tokens.size() && tokens.subList(start, start + n).equals(expression)) {
                return new Synonyms.Match(n, ATS);
            }
        }
        return null;
    };

    private static List<Clause> parse(String text) {
        return QueryText.parse(text, TABLE);
    }

    @Test
    void wordsPhrasesAndExclusions() {
        List<Clause> clauses = parse("Referral \"talent pool\" -agency -\"job board\"");
        assertThat(clauses).hasSize(4);
        assertThat(clauses.get(0).typed()).containsExactly("referral");
        assertThat(clauses.get(0).fuzzy()).isTrue();
        assertThat(clauses.get(0).maxEdits()).isEqualTo(1);
        assertThat(clauses.get(1).alternatives()).containsExactly(List.of("talent", "pool"));
        assertThat(clauses.get(1).fuzzy()).isFalse();
        assertThat(clauses.get(2).excluded()).isTrue();
        assertThat(clauses.get(3).excluded()).isTrue();
        assertThat(clauses.get(3).alternatives()).containsExactly(List.of("job", "board"));
    }

    @Test
    void typoToleranceGrowsWithTheWord() {
        assertThat(parse("hire").get(0).maxEdits()).isZero();
        assertThat(parse("hires").get(0).maxEdits()).isEqualTo(1);
        assertThat(parse("onboarding").get(0).maxEdits()).isEqualTo(2);
    }

    @Test
    void synonymsReplaceTheirWordsWithTheWholeGroup() {
        List<Clause> clauses = parse("our applicant tracking system migration");
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).alternatives()).isEqualTo(ATS);
        assertThat(clauses.get(0).typed()).containsExactly("applicant", "tracking", "system");
        // In quotes, the words as typed: no synonyms.
        assertThat(parse("\"ATS\"").get(0).alternatives()).containsExactly(List.of("ats"));
        assertThat(parse("\"ATS\"").get(0).exact()).isTrue();
    }

    @Test
    void questionWordsAndStopWordsAreLeftOut() {
        assertThat(parse("how do I get the hiring managers to write"))
                .extracting(c -> c.typed().get(0))
                .containsExactly("hiring", "managers", "write");
        assertThat(parse("the and of")).isEmpty();
    }

    @Test
    void syntaxOfOtherEnginesMeansNothing() {
        assertThat(parse("*:*")).isEmpty();
        assertThat(parse("/.*/ ?* (( ))")).isEmpty();
        assertThat(parse("title:hiring~2^10").get(0).alternatives())
                .containsExactly(List.of("title", "hiring", "2", "10"));
        assertThat(parse("*ing")).extracting(c -> c.typed().get(0)).containsExactly("ing");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndControlCharactersSeparate() {
        assertThat(parse("\"talent pool cleanup").get(0).alternatives())
                .containsExactly(List.of("talent", "pool", "cleanup"));
        assertThat(parse("talent\u0000pool\u001b[31m"))
                .extracting(c -> c.typed().get(0))
                .containsExactly("talent", "pool", "31m");
    }

    @Test
    void workIsBounded() {
        assertThat(parse("word ".repeat(200))).hasSize(QueryText.MAX_CLAUSES);
        assertThat(parse("-word ".repeat(200))).hasSize(QueryText.MAX_EXCLUDED);
        assertThat(parse("\"" + "word ".repeat(200) + "\"")
                        .get(0)
                        .alternatives()
                        .get(0))
                .hasSize(QueryText.MAX_PHRASE_WORDS);
    }
}
