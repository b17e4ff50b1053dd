package org.hros.request;

import java.time.LocalDate;
import java.util.Map;
import org.hros.shared.WeekSpan;

/** The agenda's figures per week, for the community dashboard; weeks with nothing to count are absent. */
public interface RequestFigures {

    /** Requests posted, by the week they were posted. */
    Map<LocalDate, Long> openedPerWeek(WeekSpan span);

    /** Requests marked answered, by the week it happened (a request answered twice counts in each week). */
    Map<LocalDate, Long> answeredPerWeek(WeekSpan span);
}
