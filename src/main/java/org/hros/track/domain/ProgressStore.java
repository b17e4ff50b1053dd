package org.hros.track.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members' enrolments and done steps, in plain SQL; primary keys make repeated clicks one row. */
@Component
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Enrolment(long trackId, Instant startedAt, Instant completedAt) {}

    void start(long trackId, long memberId, Instant at) {
        jdbc.sql("insert into track_enrolment (track_id, member_id, started_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(trackId, memberId, Timestamp.from(at))
                .update();
    }

    Optional<Enrolment> enrolment(long trackId, long memberId) {
        return jdbc.sql("select track_id, started_at, completed_at from track_enrolment"
                        + " where track_id = ? and member_id = ?")
                .params(trackId, memberId)
                .query((rs, i) ->
                        new Enrolment(rs.getLong(1), rs.getTimestamp(2).toInstant(), instant(rs.getTimestamp(3))))
                .optional();
    }

    List<Enrolment> enrolments(long memberId) {
        return jdbc.sql("select track_id, started_at, completed_at from track_enrolment where member_id = ?"
                        + " order by started_at desc")
                .param(memberId)
                .query((rs, i) ->
                        new Enrolment(rs.getLong(1), rs.getTimestamp(2).toInstant(), instant(rs.getTimestamp(3))))
                .list();
    }

    void complete(long trackId, long memberId, Instant at) {
        jdbc.sql("update track_enrolment set completed_at = ? where track_id = ? and member_id = ?"
                        + " and completed_at is null")
                .params(Timestamp.from(at), trackId, memberId)
                .update();
    }

    void markDone(long stepId, long memberId, Instant at, boolean byExercise) {
        jdbc.sql("insert into track_step_done (step_id, member_id, done_at, by_exercise) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(stepId, memberId, Timestamp.from(at), byExercise)
                .update();
    }

    void undo(long stepId, long memberId) {
        jdbc.sql("delete from track_step_done where step_id = ? and member_id = ? and not by_exercise")
                .params(stepId, memberId)
                .update();
    }

    Set<Long> done(Collection<Long> stepIds, long memberId) {
        if (stepIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select step_id from track_step_done where member_id = ?" + " and step_id = any(?)")
                        .params(memberId, stepIds.toArray(Long[]::new))
                        .query(Long.class)
                        .list());
    }

    /** Several members' enrolments in one track, by member id; those not enrolled are absent. */
    Map<Long, Enrolment> enrolments(long trackId, Collection<Long> memberIds) {
        Map<Long, Enrolment> byMember = new HashMap<>();
        jdbc.sql("select member_id, started_at, completed_at from track_enrolment"
                        + " where track_id = ? and member_id = any(?)")
                .params(trackId, memberIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(
                        rs.getLong(1),
                        new Enrolment(trackId, rs.getTimestamp(2).toInstant(), instant(rs.getTimestamp(3)))))
                .list()
                .forEach(e -> byMember.put(e.getKey(), e.getValue()));
        return byMember;
    }

    /** When each of several members did each of these steps: by member id, then by step id. */
    Map<Long, Map<Long, Instant>> doneAt(Collection<Long> stepIds, Collection<Long> memberIds) {
        Map<Long, Map<Long, Instant>> byMember = new HashMap<>();
        if (stepIds.isEmpty()) {
            return byMember;
        }
        jdbc.sql("select member_id, step_id, done_at from track_step_done"
                        + " where step_id = any(?) and member_id = any(?)")
                .params(stepIds.toArray(Long[]::new), memberIds.toArray(Long[]::new))
                .query(rs -> {
                    byMember.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getTimestamp(3).toInstant());
                });
        return byMember;
    }

    /** The exercise steps with this slug, by their track's id. */
    Map<Long, List<Long>> exerciseSteps(String slug) {
        Map<Long, List<Long>> byTrack = new HashMap<>();
        jdbc.sql("select track_id, id from track_step where kind = 'EXERCISE' and exercise_slug = ?")
                .param(slug)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> byTrack.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return byTrack;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
