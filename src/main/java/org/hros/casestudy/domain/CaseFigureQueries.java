package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.hros.casestudy.CaseFigures;
import org.hros.shared.WeekSpan;
import org.hros.shared.WeeklyCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The library's weekly figures, one grouped query each. */
@Component
class CaseFigureQueries implements CaseFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseFigureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> submittedPerWeek(WeekSpan span) {
        return counts("""
                select date_trunc('week', submitted_at at time zone 'UTC')::date as week, count(*) as n
                from review_round
                where round = 1 and submitted_at >= ? and submitted_at < ?
                group by 1
                """, span);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> publishedPerWeek(WeekSpan span) {
        return counts("""
                select date_trunc('week', published_at at time zone 'UTC')::date as week, count(*) as n
                from case_revision
                where revision_no = 1 and published_at >= ? and published_at < ?
                group by 1
                """, span);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Duration> medianFirstActionPerWeek(WeekSpan span) {
        Map<LocalDate, Duration> medians = new TreeMap<>();
        jdbc.sql("""
                        select date_trunc('week', first_action_at at time zone 'UTC')::date as week,
                            percentile_cont(0.5) within group (order by extract(epoch from first_action_at - submitted_at))
                                as median
                        from review_round
                        where first_action_at >= ? and first_action_at < ?
                        group by 1
                        """).params(utc(span.start()), utc(span.end())).query(rs -> {
            medians.put(rs.getObject("week", LocalDate.class), seconds(rs.getDouble("median")));
        });
        return medians;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, QueueAge> queueAgePerWeek(WeekSpan span) {
        Map<LocalDate, QueueAge> ages = new TreeMap<>();
        jdbc.sql("""
                        with week_end as (
                            select m::date as week, least((m + interval '1 week') at time zone 'UTC', ?) as at
                            from generate_series(?::timestamp, ?::timestamp, interval '1 week') as m
                        )
                        select e.week, count(*) as waiting,
                            max(extract(epoch from e.at - r.submitted_at)) as oldest,
                            percentile_cont(0.5) within group (order by extract(epoch from e.at - r.submitted_at))
                                as median
                        from week_end e
                        join review_round r on r.submitted_at < e.at and (r.left_queue_at is null or r.left_queue_at >= e.at)
                        group by e.week
                        """)
                .params(
                        utc(clock.instant()),
                        span.firstMonday().atStartOfDay(),
                        span.firstMonday().plusWeeks(span.weeks() - 1L).atStartOfDay())
                .query(rs -> {
                    ages.put(
                            rs.getObject("week", LocalDate.class),
                            new QueueAge(
                                    rs.getLong("waiting"),
                                    seconds(rs.getDouble("oldest")),
                                    seconds(rs.getDouble("median"))));
                });
        return ages;
    }

    private Map<LocalDate, Long> counts(String sql, WeekSpan span) {
        return WeeklyCounts.of(jdbc, sql, span);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
