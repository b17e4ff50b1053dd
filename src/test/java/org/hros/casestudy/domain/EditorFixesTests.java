package org.hros.casestudy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorFixesTests {

    @Test
    void countsOnlyTheStretchThatChanged() {
        String before = "Call our recruiter on +44 20 7946 0018 any weekday.";
        String after = "Call our recruiter any weekday.";
        assertThat(EditorFixes.changedCharacters(before, after)).isEqualTo(20);
        assertThat(EditorFixes.changedCharacters("same", "same")).isZero();
        assertThat(EditorFixes.changedCharacters("", "new text")).isEqualTo(8);
        assertThat(EditorFixes.changedCharacters("aaaa", "aa")).isEqualTo(2);
        assertThat(EditorFixes.changedCharacters("abc", "xbc")).isEqualTo(1);
    }
}
