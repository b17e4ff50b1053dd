package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendWindowsTests {

    private static final Instant NOW = Instant.parse("2025-05-20T12:00:00Z");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void countsTheLastWindowAgainstTheOneBefore() {
        List<Instant> events = List.of(
                daysAgo(1),
                daysAgo(10),
                daysAgo(27), // last 4 weeks: 3
                daysAgo(29),
                daysAgo(55), // the 4 before: 2
                daysAgo(60),
                daysAgo(90), // only in the last 13 weeks
                daysAgo(100),
                daysAgo(181), // the 13 before
                daysAgo(400), // in no window
                NOW.plusSeconds(60)); // not yet

        assertThat(TrendWindows.window(events, NOW, 4)).isEqualTo(new TrendWindows.Window(3, 2));
        assertThat(TrendWindows.window(events, NOW, 13)).isEqualTo(new TrendWindows.Window(7, 2));
    }

    @Test
    void weeklyBucketsEndWithTheCurrentWeek() {
        int[] weeks = TrendWindows.weekly(List.of(daysAgo(0), daysAgo(6), daysAgo(7), daysAgo(181), daysAgo(182)), NOW);
        assertThat(weeks).hasSize(26);
        assertThat(weeks[25]).isEqualTo(2);
        assertThat(weeks[24]).isEqualTo(1);
        assertThat(weeks[0]).isEqualTo(1);
    }

    @Test
    void newThisMonthCountsFromTheFirstOfTheMonth() {
        assertThat(TrendWindows.thisMonth(List.of(daysAgo(1), daysAgo(19), daysAgo(20)), NOW))
                .isEqualTo(2);
    }

    @Test
    void searchCountsBelowTheMinimumAreNeverShown() {
        assertThat(TrendWindows.shown(4, 5)).isNull();
        assertThat(TrendWindows.shown(0, 5)).isNull();
        assertThat(TrendWindows.shown(5, 5)).isEqualTo(5);
    }
}
