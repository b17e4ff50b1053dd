package org.hros.moderation;

import java.time.LocalDate;
import java.util.Map;
import org.hros.shared.WeekSpan;

/** Moderation figures per week, for the community dashboard; weeks with nothing to count are absent. */
public interface FlagFigures {

    /** Flags an editor decided on (kept, hid or restored the item), by the week of the decision. */
    Map<LocalDate, Long> handledPerWeek(WeekSpan span);
}
