package org.hros.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekSpanTests {

    @Test
    void endsWithTheWeekThatHoldsNowAndStartsOnMondaysInUtc() {
        // Sunday 23:30 UTC is still the week that began on Monday 19 February.
        WeekSpan span = WeekSpan.endingAt(Instant.parse("2024-02-25T23:30:00Z"), 3);
        assertThat(span.firstMonday()).isEqualTo(LocalDate.parse("2024-02-05"));
        assertThat(span.mondays())
                .containsExactly(
                        LocalDate.parse("2024-02-05"), LocalDate.parse("2024-02-12"), LocalDate.parse("2024-02-19"));
        assertThat(span.start()).isEqualTo(Instant.parse("2024-02-05T00:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2024-02-26T00:00:00Z"));
        assertThat(WeekSpan.endingAt(Instant.parse("2024-02-26T00:00:00Z"), 1).firstMonday())
                .isEqualTo(LocalDate.parse("2024-02-26"));
    }

    @Test
    void refusesASpanThatDoesNotStartOnAMondayOrHoldsNoWeek() {
        assertThatThrownBy(() -> new WeekSpan(LocalDate.parse("2024-02-06"), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeekSpan(LocalDate.parse("2024-02-05"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
