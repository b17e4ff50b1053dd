package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documented rule, one case per line of docs/radar.md. */
class RingRuleTests {

    private static Evidence cases(int successes, int mixed, int failures, int recent, long helpful, int requests) {
        return new Evidence(successes + mixed + failures, successes, mixed, failures, recent, helpful, requests);
    }

    @Test
    void nothingPublishedAndNothingAskedIsNotOnTheRadar() {
        assertThat(RingRule.place(Evidence.NONE)).isEmpty();
    }

    @Test
    void aRequestAloneOrASingleCaseIsAssess() {
        assertThat(RingRule.place(cases(0, 0, 0, 0, 0, 2))).contains(Ring.ASSESS);
        assertThat(RingRule.place(cases(1, 0, 0, 1, 50, 0))).contains(Ring.ASSESS);
        assertThat(RingRule.place(cases(0, 0, 1, 1, 0, 0))).contains(Ring.ASSESS);
    }

    @Test
    void mostlyFailuresFromThreeCasesIsHold() {
        assertThat(RingRule.place(cases(1, 0, 2, 3, 0, 0))).contains(Ring.HOLD);
        assertThat(RingRule.place(cases(2, 0, 4, 0, 30, 5))).contains(Ring.HOLD);
    }

    @Test
    void halfFailuresIsNotHold() {
        assertThat(RingRule.place(cases(2, 0, 2, 1, 0, 0))).contains(Ring.TRIAL);
    }

    @Test
    void manyRecentMostlySuccessfulCasesAreAdopt() {
        assertThat(RingRule.place(cases(3, 1, 1, 1, 0, 0))).contains(Ring.ADOPT);
        assertThat(RingRule.place(cases(4, 0, 0, 2, 10, 0))).contains(Ring.ADOPT);
    }

    @Test
    void adoptNeedsEnoughCasesSuccessesAndRecency() {
        assertThat(RingRule.place(cases(4, 0, 0, 2, 9, 0))).contains(Ring.TRIAL);
        assertThat(RingRule.place(cases(3, 0, 0, 3, 100, 0))).contains(Ring.TRIAL);
        assertThat(RingRule.place(cases(2, 2, 1, 3, 0, 0))).contains(Ring.TRIAL);
        assertThat(RingRule.place(cases(5, 0, 0, 0, 0, 0))).contains(Ring.TRIAL);
    }

    @Test
    void moreFailuresThanSuccessesWithoutAMajorityOfFailuresIsAssess() {
        assertThat(RingRule.place(cases(0, 1, 1, 2, 0, 0))).contains(Ring.ASSESS);
        assertThat(RingRule.place(cases(1, 3, 2, 2, 0, 0))).contains(Ring.ASSESS);
    }
}
