package org.hros.team.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.ForbiddenException;
import org.hros.team.TeamMemberships;
import org.hros.team.TeamRole;
import org.hros.team.domain.TeamAccess.Inside;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who runs a team and who is in it: naming co-leads, removing members, leaving. A team always has one lead: when
 * the lead leaves, their longest-serving co-lead takes over; with nobody to take over they name a co-lead first,
 * unless they are the last member, in which case the team and everything in it is deleted.
 */
@Service
public class TeamMembers implements TeamMemberships {

    /** What {@link #leave} did. */
    public enum Departure {
        LEFT,
        TEAM_DELETED
    }

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final TeamAccess access;

    TeamMembers(TeamRepository teams, TeamMemberRepository members, TeamAccess access) {
        this.teams = teams;
        this.members = members;
        this.access = access;
    }

    /** The lead names a member co-lead ({@code coLead} true) or makes a co-lead a plain member again. */
    @Transactional
    public void setCoLead(long teamId, Long viewerId, long memberId, boolean coLead) {
        Inside inside = access.member(teamId, viewerId);
        if (inside.me().role() != TeamRole.LEAD) {
            throw new ForbiddenException("Only the team's lead names co-leads.");
        }
        TeamMember target = members.find(teamId, memberId).orElseThrow(TeamAccess::notFound);
        if (target.role() == TeamRole.LEAD) {
            throw new ConflictException("The lead is already leading the team.");
        }
        target.become(coLead ? TeamRole.CO_LEAD : TeamRole.MEMBER);
    }

    /**
     * A lead or co-lead removes a member; from then on the team answers them 404 like any outsider. Only the lead
     * removes a co-lead, and nobody removes the lead.
     */
    @Transactional
    public void remove(long teamId, Long viewerId, long memberId) {
        Inside inside = access.lead(teamId, viewerId);
        if (memberId == viewerId) {
            throw new ConflictException("Leave the team instead of removing yourself.");
        }
        TeamMember target = members.find(teamId, memberId).orElseThrow(TeamAccess::notFound);
        if (target.role() == TeamRole.LEAD
                || target.role() == TeamRole.CO_LEAD && inside.me().role() != TeamRole.LEAD) {
            throw new ForbiddenException("Only the lead removes a co-lead, and nobody removes the lead.");
        }
        members.delete(target);
    }

    /**
     * The viewer leaves the team.
     *
     * @throws FieldErrorsException with {@code team.leave.handOver} when the lead must name a co-lead first
     */
    @Transactional
    public Departure leave(long teamId, Long viewerId) {
        Inside inside = access.member(teamId, viewerId);
        // Locked so that two people leaving at once cannot leave the team without a lead.
        Team team = teams.findForUpdate(teamId).orElseThrow(TeamAccess::notFound);
        List<TeamMember> everyone = members.findByTeam(teamId);
        if (everyone.size() == 1) {
            teams.delete(team);
            return Departure.TEAM_DELETED;
        }
        if (inside.me().role() == TeamRole.LEAD) {
            TeamMember successor = everyone.stream()
                    .filter(m -> m.role() == TeamRole.CO_LEAD)
                    .min(Comparator.comparing(TeamMember::joinedAt))
                    .orElseThrow(
                            () -> new FieldErrorsException(List.of(new FieldError("memberId", "team.leave.handOver"))));
            members.delete(inside.me());
            members.flush();
            successor.become(TeamRole.LEAD);
            return Departure.LEFT;
        }
        members.delete(inside.me());
        return Departure.LEFT;
    }

    /** The ids of a team's members, for the module's own jobs (never shown to outsiders). */
    List<Long> memberIds(long teamId) {
        return members.findByTeam(teamId).stream().map(TeamMember::memberId).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamRef> teamsOf(long memberId) {
        List<Long> ids =
                members.findByMember(memberId).stream().map(TeamMember::teamId).toList();
        return teams.findAllById(ids).stream()
                .map(t -> new TeamRef(t.id(), t.name()))
                .sorted(Comparator.comparing(TeamRef::name))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long teamId, long memberId) {
        return members.find(teamId, memberId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shareATeam(long memberId, long otherMemberId) {
        return memberId == otherMemberId || members.shareATeam(memberId, otherMemberId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> teamName(long teamId, long viewerId) {
        if (!isMember(teamId, viewerId)) {
            return Optional.empty();
        }
        return teams.findById(teamId).map(Team::name);
    }
}
