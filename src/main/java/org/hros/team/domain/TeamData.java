package org.hros.team.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's teams, for their data export: each team with its purpose, their role and when they joined, and the
 * tracks assigned to it. Other members of the team are left out.
 */
@Component
@Order(59)
class TeamData implements PersonalData {

    private final JdbcClient jdbc;

    TeamData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("teams.json", "export.file.teams"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<Membership> teams = jdbc.sql("select t.id, t.name, t.purpose, m.role, m.joined_at from team_member m"
                        + " join team t on t.id = m.team_id where m.member_id = ? order by m.joined_at")
                .param(memberId)
                .query((rs, i) -> new Membership(
                        rs.getString("name"),
                        "/teams/" + rs.getLong("id"),
                        rs.getString("purpose"),
                        rs.getString("role"),
                        rs.getTimestamp("joined_at").toInstant(),
                        assignments(rs.getLong("id"))))
                .list();
        archive.json("teams.json", teams);
    }

    private List<Assignment> assignments(long teamId) {
        return jdbc.sql("select track_title, track_slug, due_on from team_assignment where team_id = ?"
                        + " order by due_on, track_title")
                .param(teamId)
                .query((rs, i) -> new Assignment(
                        rs.getString(1),
                        "/tracks/" + rs.getString(2),
                        rs.getDate(3).toLocalDate()))
                .list();
    }

    record Assignment(String track, String path, LocalDate dueOn) {}

    /** @param role LEAD, CO_LEAD or MEMBER */
    record Membership(
            String team, String path, String purpose, String role, Instant joinedAt, List<Assignment> assignments) {}
}
