package org.hros.practice.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's practice goals with their check-ins, and what they said on others' check-ins, for their data export.
 * Comments and cheers on somebody else's goal keep only the member's own words and the goal's address, never the
 * goal's owner; cheers and comments others left on the member's check-ins are theirs, so only their counts come.
 */
@Component
@Order(50)
class GoalData implements PersonalData {

    private final JdbcClient jdbc;

    GoalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("goals.json", "export.file.goals"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<MyGoal> goals = jdbc.sql("select id, title, description, visibility, metric_unit, metric_target,"
                        + " created_at, updated_at from practice_goal where owner_id = ? order by created_at")
                .param(memberId)
                .query((rs, i) -> new MyGoal(
                        rs.getLong("id"),
                        "/goals/" + rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("visibility"),
                        rs.getString("metric_unit"),
                        rs.getBigDecimal("metric_target"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(),
                        checkIns(rs.getLong("id"))))
                .list();
        List<MyComment> comments = jdbc.sql("select g.id, c.markdown, c.created_at, c.edited_at"
                        + " from practice_check_in_comment c join practice_check_in k on k.id = c.check_in_id"
                        + " join practice_goal g on g.id = k.goal_id where c.author_id = ? order by c.created_at")
                .param(memberId)
                .query((rs, i) -> new MyComment(
                        "/goals/" + rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
        List<MyResponse> responses = jdbc.sql("select g.id, x.kind, x.created_at from practice_check_in_reaction x"
                        + " join practice_check_in k on k.id = x.check_in_id join practice_goal g on g.id = k.goal_id"
                        + " where x.member_id = ? order by x.created_at")
                .param(memberId)
                .query((rs, i) -> new MyResponse(
                        "/goals/" + rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
        archive.json("goals.json", new Practice(goals, comments, responses));
    }

    private List<MyCheckIn> checkIns(long goalId) {
        return jdbc.sql("select k.note, k.metric_value, k.created_at,"
                        + " (select count(*) from practice_check_in_reaction x where x.check_in_id = k.id) as cheers,"
                        + " (select count(*) from practice_check_in_comment c where c.check_in_id = k.id) as comments"
                        + " from practice_check_in k where k.goal_id = ? order by k.created_at")
                .param(goalId)
                .query((rs, i) -> new MyCheckIn(
                        rs.getString("note"),
                        rs.getBigDecimal("metric_value"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getLong("cheers"),
                        rs.getLong("comments")))
                .list();
    }

    record MyGoal(
            long id,
            String path,
            String title,
            String description,
            String visibility,
            String metricUnit,
            BigDecimal metricTarget,
            Instant createdAt,
            Instant updatedAt,
            List<MyCheckIn> checkIns) {}

    /** @param responses cheers and "useful" marks others gave it */
    record MyCheckIn(String note, BigDecimal metricValue, Instant at, long responses, long comments) {}

    record MyComment(String goalPath, String markdown, Instant writtenAt, Instant editedAt) {}

    record MyResponse(String goalPath, String kind, Instant at) {}

    record Practice(List<MyGoal> goals, List<MyComment> commentsWritten, List<MyResponse> cheersGiven) {}
}
