package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.hros.digest.DigestReader;
import org.junit.jupiter.api.Test;

/** Rising topics are a weekly picture: they come in the one digest a week whose period takes in Monday 00:00 UTC. */
class RisingTopicsSectionTests {

    @Test
    void everyWeeklyPeriodTakesInOneWeekStartAndOnlyOneDailyPeriodAWeekDoes() {
        // Monday 8 June 2026.
        assertThat(takes("2026-06-01T08:00:00Z", "2026-06-08T08:00:00Z")).isTrue();
        // A week ending on Sunday 23:00 UTC (Monday 08:00 in Tokyo).
        assertThat(takes("2026-05-31T23:00:00Z", "2026-06-07T23:00:00Z")).isTrue();
        assertThat(takes("2026-06-07T07:00:00Z", "2026-06-08T07:00:00Z")).isTrue();
        assertThat(takes("2026-06-08T07:00:00Z", "2026-06-09T07:00:00Z")).isFalse();
        assertThat(takes("2026-06-08T00:00:00Z", "2026-06-09T00:00:00Z")).isTrue();
        assertThat(takes("2026-06-07T00:00:00Z", "2026-06-08T00:00:00Z")).isFalse();
    }

    private static boolean takes(String since, String until) {
        return RisingTopicsSection.takesInAWeekStart(
                new DigestReader(1, Set.of(), Set.of(), Instant.parse(since), Instant.parse(until), ZoneId.of("UTC")));
    }
}
