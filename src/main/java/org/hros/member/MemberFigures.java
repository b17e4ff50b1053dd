package org.hros.member;

import java.time.LocalDate;
import java.util.Map;
import org.hros.shared.WeekSpan;

/** Membership figures per week, for the community dashboard; weeks with nothing to count are absent. */
public interface MemberFigures {

    /** Members who joined and confirmed their address, by the week they signed up. */
    Map<LocalDate, Long> joinedPerWeek(WeekSpan span);
}
