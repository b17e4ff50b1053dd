package org.hros.moderation.domain;

import java.time.LocalDate;
import java.util.Map;
import org.hros.moderation.FlagFigures;
import org.hros.shared.WeekSpan;
import org.hros.shared.WeeklyCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class FlagFigureQueries implements FlagFigures {

    private final JdbcClient jdbc;

    FlagFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> handledPerWeek(WeekSpan span) {
        return WeeklyCounts.of(jdbc, """
                select date_trunc('week', resolved_at at time zone 'UTC')::date as week, count(*) as n
                from flag
                where resolved_at >= ? and resolved_at < ?
                group by 1
                """, span);
    }
}
