package org.hros.team.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.team.TeamRole;
import org.hros.team.domain.TeamAccess.Inside;
import org.hros.team.domain.TeamViews.MemberLine;
import org.hros.team.domain.TeamViews.OpenInvitation;
import org.hros.team.domain.TeamViews.TeamPage;
import org.hros.team.domain.TeamViews.TeamSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating a team, "my teams", and a team's page. */
@Service
public class TeamService {

    static final int NAME_MAX = 80;
    static final int PURPOSE_MAX = 500;

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final TeamInvitationRepository invitations;
    private final TeamAccess access;
    private final TeamAssignments assignments;
    private final MemberDirectory directory;
    private final Clock clock;

    TeamService(
            TeamRepository teams,
            TeamMemberRepository members,
            TeamInvitationRepository invitations,
            TeamAccess access,
            TeamAssignments assignments,
            MemberDirectory directory,
            Clock clock) {
        this.teams = teams;
        this.members = members;
        this.invitations = invitations;
        this.access = access;
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
    }

    /** A member creates a team and becomes its lead; returns its id. */
    @Transactional
    public long create(long memberId, String name, String purpose) {
        String n = name == null ? "" : name.strip();
        String p = purpose == null ? "" : purpose.strip();
        List<FieldError> errors = new ArrayList<>();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            errors.add(new FieldError("name", "team.name.invalid"));
        }
        if (p.length() > PURPOSE_MAX) {
            errors.add(new FieldError("purpose", "team.purpose.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        Team team = teams.save(new Team(n, p, clock.instant()));
        members.save(new TeamMember(team.id(), memberId, TeamRole.LEAD, clock.instant()));
        return team.id();
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> myTeams(long memberId) {
        List<TeamMember> mine = members.findByMember(memberId);
        Map<Long, Team> byId = teams
                .findAllById(mine.stream().map(TeamMember::teamId).toList())
                .stream()
                .collect(Collectors.toMap(Team::id, Function.identity()));
        return mine.stream()
                .filter(m -> byId.containsKey(m.teamId()))
                .map(m -> {
                    Team t = byId.get(m.teamId());
                    return new TeamSummary(t.id(), t.name(), t.purpose(), m.role(), members.countByTeam(t.id()));
                })
                .toList();
    }

    /** The team's page for one of its members. */
    @Transactional(readOnly = true)
    public TeamPage page(long teamId, Long viewerId) {
        Inside inside = access.member(teamId, viewerId);
        Team team = inside.team();
        List<OpenInvitation> open = inside.me().leads()
                ? invitations.findOpen(teamId, clock.instant()).stream()
                        .map(i -> new OpenInvitation(i.id(), i.email(), i.createdAt(), i.expiresAt()))
                        .toList()
                : List.of();
        return new TeamPage(
                team.id(),
                team.name(),
                team.purpose(),
                inside.me().role(),
                viewerId,
                memberLines(teamId),
                assignments.mine(teamId, viewerId),
                open,
                assignments.trainingAvailable());
    }

    /** The team's members with their names; members whose account is gone are left out. */
    List<MemberLine> memberLines(long teamId) {
        List<TeamMember> all = members.findByTeam(teamId);
        Map<Long, MemberCard> cards =
                directory.cards(all.stream().map(TeamMember::memberId).toList());
        return all.stream()
                .filter(m -> cards.containsKey(m.memberId()))
                .map(m -> new MemberLine(
                        m.memberId(),
                        cards.get(m.memberId()).displayName(),
                        cards.get(m.memberId()).handle(),
                        m.role(),
                        m.joinedAt()))
                .toList();
    }
}
