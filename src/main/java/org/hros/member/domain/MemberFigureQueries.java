package org.hros.member.domain;

import java.time.LocalDate;
import java.util.Map;
import org.hros.member.MemberFigures;
import org.hros.shared.WeekSpan;
import org.hros.shared.WeeklyCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MemberFigureQueries implements MemberFigures {

    private final JdbcClient jdbc;

    MemberFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> joinedPerWeek(WeekSpan span) {
        return WeeklyCounts.of(jdbc, """
                select date_trunc('week', created_at at time zone 'UTC')::date as week, count(*) as n
                from member
                where email_verified_at is not null and created_at >= ? and created_at < ?
                group by 1
                """, span);
    }
}
