package org.hros.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When digests come, in the member's own time zone. */
class DigestPreferenceTests {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void tokyoMondayEightIsSundayElevenUtc() {
        DigestPreference weekly = new DigestPreference(DigestFrequency.WEEKLY, DayOfWeek.MONDAY, 8, TOKYO);
        // Sunday 7 June 2026, 23:00 UTC is Monday 8 June, 08:00 in Tokyo.
        Instant slot = Instant.parse("2026-06-07T23:00:00Z");
        assertThat(weekly.latestSlot(slot)).contains(slot);
        assertThat(weekly.latestSlot(slot.minusSeconds(1))).contains(Instant.parse("2026-05-31T23:00:00Z"));
        assertThat(weekly.nextSlot(slot.minusSeconds(60))).contains(slot);
        assertThat(weekly.previousSlot(slot)).isEqualTo(Instant.parse("2026-05-31T23:00:00Z"));
    }

    @Test
    void dailyComesEveryDayAtTheHour() {
        DigestPreference daily = new DigestPreference(DigestFrequency.DAILY, DayOfWeek.MONDAY, 7, UTC);
        Instant now = Instant.parse("2026-06-10T06:59:00Z");
        assertThat(daily.latestSlot(now)).contains(Instant.parse("2026-06-09T07:00:00Z"));
        assertThat(daily.nextSlot(now)).contains(Instant.parse("2026-06-10T07:00:00Z"));
        assertThat(daily.previousSlot(Instant.parse("2026-06-10T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-06-09T07:00:00Z"));
    }

    @Test
    void monthlyComesOnTheFirstChosenWeekdayOfTheMonth() {
        DigestPreference monthly = new DigestPreference(DigestFrequency.MONTHLY, DayOfWeek.TUESDAY, 9, UTC);
        // The first Tuesday of June 2026 is the 2nd, of July the 7th.
        Instant now = Instant.parse("2026-06-20T12:00:00Z");
        assertThat(monthly.latestSlot(now)).contains(Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(monthly.nextSlot(now)).contains(Instant.parse("2026-07-07T09:00:00Z"));
        assertThat(monthly.previousSlot(Instant.parse("2026-06-02T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-05-05T09:00:00Z"));
        assertThat(monthly.latestSlot(Instant.parse("2026-06-02T08:59:59Z")))
                .contains(Instant.parse("2026-05-05T09:00:00Z"));
    }

    @Test
    void offHasNoSlots() {
        DigestPreference off = new DigestPreference(DigestFrequency.OFF, DayOfWeek.MONDAY, 8, UTC);
        assertThat(off.latestSlot(Instant.now())).isEmpty();
        assertThat(off.nextSlot(Instant.now())).isEmpty();
    }

    @Test
    void theSameChoiceComesAtTheSameLocalHourInEachMembersZone() {
        DigestChoice mondayAtEight = new DigestChoice(DigestFrequency.WEEKLY, DayOfWeek.MONDAY, 8);
        Instant now = Instant.parse("2026-06-08T12:00:00Z");
        assertThat(mondayAtEight.in(TOKYO).latestSlot(now)).contains(Instant.parse("2026-06-07T23:00:00Z"));
        assertThat(mondayAtEight.in(UTC).latestSlot(now)).contains(Instant.parse("2026-06-08T08:00:00Z"));
        // Summer time follows the place: 08:00 in Berlin is 06:00 UTC in June.
        assertThat(mondayAtEight.in(ZoneId.of("Europe/Berlin")).latestSlot(now))
                .contains(Instant.parse("2026-06-08T06:00:00Z"));
        assertThat(mondayAtEight.in(TOKYO).choice()).isEqualTo(mondayAtEight);
    }
}
