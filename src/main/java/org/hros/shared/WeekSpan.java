package org.hros.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of whole ISO weeks (Monday to Sunday, UTC) ending with the week that holds a given moment: the unit in which
 * the community's figures are counted. Modules answer "how many per week" for a span with one query, grouping by
 * {@code date_trunc('week', … at time zone 'UTC')}, which is the same Monday as {@link #mondays()}.
 *
 * @param firstMonday the Monday the span starts on
 * @param weeks how many weeks, at least one
 */
public record WeekSpan(LocalDate firstMonday, int weeks) {

    public WeekSpan {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week span starts on a Monday");
        }
        if (weeks < 1) {
            throw new IllegalArgumentException("A week span holds at least one week");
        }
    }

    /** The {@code weeks} weeks up to and including the one that holds {@code now}. */
    public static WeekSpan endingAt(Instant now, int weeks) {
        LocalDate thisMonday =
                now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new WeekSpan(thisMonday.minusWeeks(weeks - 1L), weeks);
    }

    /** The first moment of the span: its first Monday at midnight UTC. */
    public Instant start() {
        return firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The moment after the span: the Monday after its last week, at midnight UTC. */
    public Instant end() {
        return firstMonday.plusWeeks(weeks).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Each week's Monday, oldest first. */
    public List<LocalDate> mondays() {
        List<LocalDate> mondays = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            mondays.add(firstMonday.plusWeeks(i));
        }
        return mondays;
    }
}
