package org.hros.exercise.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hros.team.TeamExerciseScores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A team lead's chart of exercise scores reads members' attempts here, in one query for the whole team. */
@Component
class TeamScores implements TeamExerciseScores {

    private final JdbcClient jdbc;

    TeamScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExerciseAttempt> attempts(Collection<Long> memberIds, Instant since) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select a.member_id, e.slug, e.title, a.score, a.passed, a.created_at"
                        + " from exercise_attempt a join exercise e on e.id = a.exercise_id"
                        + " where a.member_id = any(?) and a.created_at >= ? order by a.created_at, a.id")
                .params(memberIds.toArray(Long[]::new), Timestamp.from(since))
                .query((rs, i) -> new ExerciseAttempt(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
