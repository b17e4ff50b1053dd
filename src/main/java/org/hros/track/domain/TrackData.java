package org.hros.track.domain;

import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's learning, for their data export: the tracks they follow with their progress, their reflections, the
 * tracks they proposed, and their votes for tracks and for skills. Who wrote or reviewed a track is left out.
 */
@Component
@Order(55)
class TrackData implements PersonalData {

    private final JdbcClient jdbc;

    TrackData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("tracks.json", "export.file.tracks"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<Enrolment> following = jdbc.sql("select t.title, t.slug, e.started_at, e.completed_at,"
                        + " (select count(*) from track_step_done d join track_step s on s.id = d.step_id"
                        + " where s.track_id = t.id and d.member_id = e.member_id) as done,"
                        + " (select count(*) from track_step s where s.track_id = t.id) as steps"
                        + " from track_enrolment e join track t on t.id = e.track_id where e.member_id = ?"
                        + " order by e.started_at")
                .param(memberId)
                .query((rs, i) -> new Enrolment(
                        rs.getString("title"),
                        "/tracks/" + rs.getString("slug"),
                        rs.getTimestamp("started_at").toInstant(),
                        instant(rs.getTimestamp("completed_at")),
                        rs.getLong("done"),
                        rs.getLong("steps")))
                .list();
        List<Reflection> reflections = jdbc.sql("select t.title, s.position, r.text, r.share_kind, r.created_at,"
                        + " r.updated_at from track_reflection r join track_step s on s.id = r.step_id"
                        + " join track t on t.id = s.track_id where r.member_id = ? order by r.created_at")
                .param(memberId)
                .query((rs, i) -> new Reflection(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant()))
                .list();
        List<Proposal> proposed = jdbc.sql("select title, summary, skill, status, created_at from track"
                        + " where proposer_id = ? order by created_at")
                .param(memberId)
                .query((rs, i) -> new Proposal(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        List<Vote> trackVotes = jdbc.sql("select t.title, v.voted_at from track_vote v join track t on t.id ="
                        + " v.track_id where v.member_id = ? order by v.voted_at")
                .param(memberId)
                .query((rs, i) -> new Vote(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
        List<Vote> skillVotes = jdbc.sql(
                        "select skill, voted_at from track_skill_vote where member_id = ?" + " order by voted_at")
                .param(memberId)
                .query((rs, i) -> new Vote(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
        archive.json("tracks.json", new Learning(following, reflections, proposed, trackVotes, skillVotes));
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    record Enrolment(String track, String path, Instant startedAt, Instant completedAt, long stepsDone, long steps) {}

    /** @param sharedWith PRIVATE, or the kind of place it was shared with (a team, a circle) */
    record Reflection(String track, int step, String text, String sharedWith, Instant writtenAt, Instant updatedAt) {}

    record Proposal(String title, String summary, String skill, String status, Instant proposedAt) {}

    /** @param on a track's title, or a skill's slug */
    record Vote(String on, Instant at) {}

    record Learning(
            List<Enrolment> following,
            List<Reflection> reflections,
            List<Proposal> proposed,
            List<Vote> trackVotes,
            List<Vote> skillVotes) {}
}
