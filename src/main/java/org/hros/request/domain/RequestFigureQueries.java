package org.hros.request.domain;

import java.time.LocalDate;
import java.util.Map;
import org.hros.request.RequestFigures;
import org.hros.shared.WeekSpan;
import org.hros.shared.WeeklyCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RequestFigureQueries implements RequestFigures {

    private final JdbcClient jdbc;

    RequestFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> openedPerWeek(WeekSpan span) {
        return WeeklyCounts.of(jdbc, """
                select date_trunc('week', created_at at time zone 'UTC')::date as week, count(*) as n
                from request
                where created_at >= ? and created_at < ?
                group by 1
                """, span);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> answeredPerWeek(WeekSpan span) {
        return WeeklyCounts.of(jdbc, """
                select date_trunc('week', changed_at at time zone 'UTC')::date as week, count(distinct request_id) as n
                from request_status_change
                where to_status = 'ANSWERED' and changed_at >= ? and changed_at < ?
                group by 1
                """, span);
    }
}
