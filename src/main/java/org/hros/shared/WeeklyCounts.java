package org.hros.shared;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs one grouped count per week over a {@link WeekSpan}, the way each module answers for the dashboard. */
public final class WeeklyCounts {

    private WeeklyCounts() {}

    /**
     * Runs {@code sql}, which takes the span's first moment and the moment after it as its two parameters and returns
     * a {@code week} column (the Monday, a date) and a count {@code n}.
     *
     * @return the count per week's Monday, without the weeks that counted nothing
     */
    public static Map<LocalDate, Long> of(JdbcClient jdbc, String sql, WeekSpan span) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        jdbc.sql(sql)
                .params(span.start().atOffset(ZoneOffset.UTC), span.end().atOffset(ZoneOffset.UTC))
                .query(rs -> {
                    counts.put(rs.getObject("week", LocalDate.class), rs.getLong("n"));
                });
        return counts;
    }
}
