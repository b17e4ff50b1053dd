package org.hros.feed.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.hros.support.MutableClock;
import org.junit.jupiter.api.Test;

class FeedVersionsTests {

    private final MutableClock clock = new MutableClock();
    private final FeedVersions versions = new FeedVersions(clock);

    @Test
    void sameContentKeepsTheTimeItWasFirstServed() {
        Instant first = versions.since("/cases.atom", "\"a\"");
        clock.advance(java.time.Duration.ofMinutes(5));
        assertThat(versions.since("/cases.atom", "\"a\"")).isEqualTo(first);
    }

    @Test
    void changedContentDatesLaterByWholeSecondsEvenWithinTheSameSecond() {
        FeedVersions versions =
                new FeedVersions(Clock.fixed(Instant.parse("2026-03-01T10:00:00.250Z"), ZoneOffset.UTC));
        Instant first = versions.since("/cases.atom", "\"a\"");
        Instant second = versions.since("/cases.atom", "\"b\"");
        assertThat(second.truncatedTo(ChronoUnit.SECONDS)).isAfter(first.truncatedTo(ChronoUnit.SECONDS));
        // Going back to earlier content is a change too: it never reuses the old, earlier time.
        Instant third = versions.since("/cases.atom", "\"a\"");
        assertThat(third.truncatedTo(ChronoUnit.SECONDS)).isAfter(second.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void eachFeedHasItsOwnVersion() {
        Instant cases = versions.since("/cases.atom", "\"a\"");
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(versions.since("/requests.atom", "\"a\"")).isAfter(cases);
        assertThat(versions.since("/cases.atom", "\"a\"")).isEqualTo(cases);
    }
}
