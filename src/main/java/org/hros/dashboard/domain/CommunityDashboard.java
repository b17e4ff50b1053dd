package org.hros.dashboard.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseFigures;
import org.hros.casestudy.CaseFigures.QueueAge;
import org.hros.member.MemberFigures;
import org.hros.moderation.FlagFigures;
import org.hros.request.RequestFigures;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.WeekSpan;
import org.springframework.stereotype.Service;

/** Gathers the week-by-week figures from the modules that own them: one query per figure, whatever the span. */
@Service
public class CommunityDashboard {

    /** The spans an admin may choose, in weeks; the first is the default. */
    public static final List<Integer> SPANS = List.of(12, 26, 52);

    private final MemberFigures members;
    private final CaseFigures cases;
    private final RequestFigures requests;
    private final FlagFigures flags;
    private final Clock clock;

    CommunityDashboard(
            MemberFigures members, CaseFigures cases, RequestFigures requests, FlagFigures flags, Clock clock) {
        this.members = members;
        this.cases = cases;
        this.requests = requests;
        this.flags = flags;
        this.clock = clock;
    }

    /**
     * Reads the {@code weeks} parameter as sent: absent means the default span.
     *
     * @throws FieldErrorsException naming {@code weeks} when it is not one of {@link #SPANS}
     */
    public static int span(String weeks) {
        if (weeks == null || weeks.isBlank()) {
            return SPANS.get(0);
        }
        try {
            int n = Integer.parseInt(weeks.strip());
            if (SPANS.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other span that is not offered.
        }
        throw new FieldErrorsException(
                List.of(new FieldErrorsException.FieldError("weeks", "dashboard.weeks.invalid")));
    }

    /** The figures for the {@code weeks} weeks up to and including this one. */
    public CommunityFigures figures(int weeks) {
        WeekSpan span = WeekSpan.endingAt(clock.instant(), weeks);
        Map<LocalDate, Long> joined = members.joinedPerWeek(span);
        Map<LocalDate, Long> submitted = cases.submittedPerWeek(span);
        Map<LocalDate, Long> published = cases.publishedPerWeek(span);
        Map<LocalDate, Duration> firstAction = cases.medianFirstActionPerWeek(span);
        Map<LocalDate, QueueAge> queue = cases.queueAgePerWeek(span);
        Map<LocalDate, Long> opened = requests.openedPerWeek(span);
        Map<LocalDate, Long> answered = requests.answeredPerWeek(span);
        Map<LocalDate, Long> handled = flags.handledPerWeek(span);
        List<WeekFigures> rows = new ArrayList<>(weeks);
        for (LocalDate monday : span.mondays()) {
            QueueAge age = queue.get(monday);
            rows.add(new WeekFigures(
                    monday,
                    joined.getOrDefault(monday, 0L),
                    submitted.getOrDefault(monday, 0L),
                    published.getOrDefault(monday, 0L),
                    opened.getOrDefault(monday, 0L),
                    answered.getOrDefault(monday, 0L),
                    firstAction.get(monday),
                    age == null ? 0 : age.waiting(),
                    age == null ? null : age.oldest(),
                    age == null ? null : age.median(),
                    handled.getOrDefault(monday, 0L)));
        }
        return new CommunityFigures(weeks, rows);
    }
}
