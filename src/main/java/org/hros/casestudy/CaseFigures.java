package org.hros.casestudy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.hros.shared.WeekSpan;

/**
 * The library's figures per week, for the community dashboard: one aggregate query per figure, keyed by each week's
 * Monday. Weeks with nothing to count are absent from the maps.
 */
public interface CaseFigures {

    /** Cases sent to the editors for the first time, by the week they were submitted. */
    Map<LocalDate, Long> submittedPerWeek(WeekSpan span);

    /** Cases published for the first time, by the week of their first publication. */
    Map<LocalDate, Long> publishedPerWeek(WeekSpan span);

    /**
     * The median time from a submission to an editor's first action on it (claim, return or release), by the week
     * of that first action, so that a week's figure does not change once the week is over.
     */
    Map<LocalDate, Duration> medianFirstActionPerWeek(WeekSpan span);

    /**
     * The review queue at each week's end (or now, for the week under way): how many submissions were waiting and how
     * long the oldest and the median one had waited. A submission waits from when it was sent until it is returned or
     * released; weeks when nothing waited are absent.
     */
    Map<LocalDate, QueueAge> queueAgePerWeek(WeekSpan span);

    /** The review queue at one moment. */
    record QueueAge(long waiting, Duration oldest, Duration median) {}
}
