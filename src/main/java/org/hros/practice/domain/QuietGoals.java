package org.hros.practice.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hros.practice.CheckInDue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds members who have gone quiet on their goals, for the weekly reminder the notification module sends. */
@Component
class QuietGoals implements CheckInDue {

    /** A goal nobody touched for this long is taken as left behind, and nobody is reminded of it. */
    static final Duration ACTIVE = Duration.ofDays(84);

    private final JdbcClient jdbc;
    private final Clock clock;

    QuietGoals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, QuietGoal> quietSince(Collection<Long> memberIds, Instant since) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        record Row(long ownerId, long goalId, String title, Instant last) {}
        List<Row> rows = jdbc.sql("select g.owner_id, g.id, g.title,"
                        + " greatest(g.created_at, coalesce(max(c.created_at), g.created_at)) as last"
                        + " from practice_goal g left join practice_check_in c on c.goal_id = g.id"
                        + " where g.owner_id in (:ids) group by g.id")
                .paramSource(new MapSqlParameterSource("ids", memberIds))
                .query((rs, n) -> new Row(
                        rs.getLong("owner_id"),
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getTimestamp("last").toInstant()))
                .list();
        Instant activeAfter = clock.instant().minus(ACTIVE);
        Map<Long, Row> latest = new HashMap<>();
        for (Row row : rows) {
            if (row.last().isAfter(activeAfter)) {
                latest.merge(row.ownerId(), row, (a, b) -> a.last().isAfter(b.last()) ? a : b);
            }
        }
        Map<Long, QuietGoal> quiet = new HashMap<>();
        latest.forEach((owner, row) -> {
            if (!row.last().isAfter(since)) {
                quiet.put(owner, new QuietGoal(row.goalId(), row.title(), "/goals/" + row.goalId()));
            }
        });
        return quiet;
    }
}
