package org.hros.track.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hros.shared.Skill;
import org.hros.track.TrackDesk.AskedSkill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Votes for tracks and for skills members want a track on; a primary key makes concurrent clicks one vote. */
@Component
class VoteStore {

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voteForTrack(long trackId, long memberId, Instant at) {
        jdbc.sql("insert into track_vote (track_id, member_id, voted_at) values (?, ?, ?) on conflict do nothing")
                .params(trackId, memberId, Timestamp.from(at))
                .update();
    }

    void withdrawTrackVote(long trackId, long memberId) {
        jdbc.sql("delete from track_vote where track_id = ? and member_id = ?")
                .params(trackId, memberId)
                .update();
    }

    boolean votedForTrack(long trackId, long memberId) {
        return jdbc.sql("select count(*) > 0 from track_vote where track_id = ? and member_id = ?")
                .params(trackId, memberId)
                .query(Boolean.class)
                .single();
    }

    Map<Long, Long> trackVotes(Collection<Long> trackIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (trackIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select track_id, count(*) from track_vote where track_id = any(?) group by track_id")
                .param(trackIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    void voteForSkill(Skill skill, long memberId, Instant at) {
        jdbc.sql("insert into track_skill_vote (skill, member_id, voted_at) values (?, ?, ?) on conflict do nothing")
                .params(skill.slug(), memberId, Timestamp.from(at))
                .update();
    }

    void withdrawSkillVote(Skill skill, long memberId) {
        jdbc.sql("delete from track_skill_vote where skill = ? and member_id = ?")
                .params(skill.slug(), memberId)
                .update();
    }

    List<Skill> skillsVotedBy(long memberId) {
        return jdbc.sql("select skill from track_skill_vote where member_id = ?")
                .param(memberId)
                .query((rs, i) -> Skill.of(rs.getString(1)))
                .list();
    }

    /** Skills with at least {@code threshold} votes and no published track, most voted first. */
    List<AskedSkill> askedFor(long threshold) {
        return jdbc.sql("select v.skill, count(*) as votes from track_skill_vote v where not exists ("
                        + " select 1 from track t where t.skill = v.skill and t.status = 'PUBLISHED')"
                        + " group by v.skill having count(*) >= ? order by votes desc, v.skill")
                .param(threshold)
                .query((rs, i) -> new AskedSkill(Skill.of(rs.getString(1)), rs.getLong(2)))
                .list();
    }
}
