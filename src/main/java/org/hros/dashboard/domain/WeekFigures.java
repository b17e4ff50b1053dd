package org.hros.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;

/**
 * One week of the community's figures. Durations are {@code null} when there was nothing to measure that week.
 *
 * @param monday the week's first day (UTC)
 * @param medianFirstAction the median time from submission to an editor's first action, for first actions that week
 * @param queueWaiting how many submissions waited for review at the week's end (or now, for this week)
 * @param queueOldest how long the oldest of them had waited
 * @param queueMedian how long the median one had waited
 */
public record WeekFigures(
        LocalDate monday,
        long membersJoined,
        long casesSubmitted,
        long casesPublished,
        long requestsOpened,
        long requestsAnswered,
        Duration medianFirstAction,
        long queueWaiting,
        Duration queueOldest,
        Duration queueMedian,
        long flagsHandled) {

    /** Whether nothing at all happened or waited this week. */
    public boolean quiet() {
        return membersJoined == 0
                && casesSubmitted == 0
                && casesPublished == 0
                && requestsOpened == 0
                && requestsAnswered == 0
                && medianFirstAction == null
                && queueWaiting == 0
                && flagsHandled == 0;
    }

    /** The median time to a first action in hours, one decimal, or {@code null}. */
    public BigDecimal medianFirstActionHours() {
        return in(medianFirstAction, 3_600_000);
    }

    /** The oldest wait in the queue in days, one decimal, or {@code null}. */
    public BigDecimal queueOldestDays() {
        return in(queueOldest, 86_400_000);
    }

    /** The median wait in the queue in days, one decimal, or {@code null}. */
    public BigDecimal queueMedianDays() {
        return in(queueMedian, 86_400_000);
    }

    private static BigDecimal in(Duration d, long unitMillis) {
        if (d == null) {
            return null;
        }
        BigDecimal value =
                BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(unitMillis), 1, RoundingMode.HALF_UP);
        return value.signum() == 0 ? BigDecimal.ZERO.setScale(1) : value;
    }
}
