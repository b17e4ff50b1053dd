package org.hros.team.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hros.team.TeamRole;
import org.hros.team.TeamSamples;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo community's team. It is created as any member creates one; members are added directly instead of by
 * mailed invitation, and assignments are written as the lead's, so that the demo has them even where the tracks
 * module does not yet tell teams about its tracks.
 */
@Component
class SampleTeams implements TeamSamples {

    private final TeamService teams;
    private final TeamMemberRepository members;
    private final TeamAssignmentRepository assignments;
    private final Clock clock;

    SampleTeams(TeamService teams, TeamMemberRepository members, TeamAssignmentRepository assignments, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long createSample(String name, String purpose, long leadId, List<Long> memberIds) {
        long id = teams.create(leadId, name, purpose);
        for (long memberId : memberIds) {
            members.save(new TeamMember(id, memberId, TeamRole.MEMBER, clock.instant()));
        }
        return id;
    }

    @Override
    @Transactional
    public long assignSample(long teamId, String trackSlug, String trackTitle, LocalDate dueOn) {
        long lead = members.findByTeam(teamId).stream()
                .filter(m -> m.role() == TeamRole.LEAD)
                .findFirst()
                .orElseThrow(TeamAccess::notFound)
                .memberId();
        if (dueOn.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                || assignments.exists(teamId, trackSlug)) {
            throw new IllegalArgumentException("A sample assignment is due from today on, once per track");
        }
        return assignments
                .save(new TeamAssignment(teamId, trackSlug, trackTitle, dueOn, lead, clock.instant()))
                .id();
    }
}
