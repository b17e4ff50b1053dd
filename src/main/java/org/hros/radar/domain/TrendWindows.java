package org.hros.radar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Counting events in rolling windows and weekly buckets, and the rule that hides small search counts. Pure. */
final class TrendWindows {

    /** The weeks of the sparklines (and so of {@code trend_week}): two 13-week windows. */
    static final int WEEKS = 26;

    private TrendWindows() {}

    /** How many events fell in the last {@code weeks} weeks up to {@code now}, and in the same span before it. */
    record Window(int current, int before) {}

    static Window window(List<Instant> events, Instant now, int weeks) {
        Instant start = now.minus(Duration.ofDays(7L * weeks));
        Instant earlier = start.minus(Duration.ofDays(7L * weeks));
        int current = 0, before = 0;
        for (Instant at : events) {
            if (at.isAfter(now)) {
                continue;
            }
            if (at.isAfter(start)) {
                current++;
            } else if (at.isAfter(earlier)) {
                before++;
            }
        }
        return new Window(current, before);
    }

    /** Counts per week, oldest first, for the {@link #WEEKS} seven-day spans ending at {@code now}. */
    static int[] weekly(List<Instant> events, Instant now) {
        int[] weeks = new int[WEEKS];
        for (Instant at : events) {
            if (at.isAfter(now)) {
                continue;
            }
            long ago = Duration.between(at, now).toDays() / 7;
            if (ago < WEEKS) {
                weeks[WEEKS - 1 - (int) ago]++;
            }
        }
        return weeks;
    }

    /** The first day of the seven-day span {@code index} of {@link #weekly}. */
    static LocalDate weekStart(Instant now, int index) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(7L * (WEEKS - index) - 1);
    }

    /** Events since the first of this month (UTC). */
    static int thisMonth(List<Instant> events, Instant now) {
        Instant first = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .withDayOfMonth(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return (int) events.stream()
                .filter(at -> !at.isBefore(first) && !at.isAfter(now))
                .count();
    }

    /** A search count is kept only at or above the minimum, so that a few searches never point at anyone. */
    static Integer shown(int searches, int minimum) {
        return searches >= minimum ? searches : null;
    }
}
