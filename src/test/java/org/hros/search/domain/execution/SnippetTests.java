package org.hros.search.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets read as sentences: a fragment cut mid-sentence starts at the next one, never losing a mark. */
class SnippetTests {

    private static final String START = IndexPass.MARK_START;
    private static final String END = IndexPass.MARK_END;

    @Test
    void aFragmentCutMidSentenceStartsAtTheNextSentence() {
        assertThat(CaseSearchService.marked(
                        "at all. Operator buddies were often on a different " + START + "shift" + END + "."))
                .isEqualTo("Operator buddies were often on a different <mark>shift</mark>.");
    }

    @Test
    void aFragmentThatStartsASentenceOrHoldsAMarkEarlyIsKept() {
        assertThat(CaseSearchService.marked("We paid a bonus. It failed.")).isEqualTo("We paid a bonus. It failed.");
        assertThat(CaseSearchService.marked("the " + START + "referral" + END + " bonus. It failed."))
                .isEqualTo("the <mark>referral</mark> bonus. It failed.");
        // No sentence end near the start: nothing to cut to.
        assertThat(CaseSearchService.marked("and then the whole team left within a single quarter of the year"))
                .startsWith("and then");
    }
}
