package org.hros.team.domain;

import org.hros.shared.ForbiddenException;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one gate into a team. Anyone who is not a member (logged out, never joined, removed, an administrator) gets
 * exactly the answer a team that does not exist gives, so outsiders cannot even learn that a team exists.
 */
@Component
class TeamAccess {

    /** The same detail for "no such team" and "not yours": the two must be indistinguishable. */
    static final String NOT_FOUND = "There is no such team, or you are not a member of it.";

    private final TeamRepository teams;
    private final TeamMemberRepository members;

    TeamAccess(TeamRepository teams, TeamMemberRepository members) {
        this.teams = teams;
        this.members = members;
    }

    /** The team and the viewer's place in it, or 404. */
    Inside member(long teamId, Long viewerId) {
        if (viewerId == null) {
            throw notFound();
        }
        TeamMember me = members.find(teamId, viewerId).orElseThrow(TeamAccess::notFound);
        Team team = teams.findById(teamId).orElseThrow(TeamAccess::notFound);
        return new Inside(team, me);
    }

    /** As {@link #member}, and the viewer must lead the team or co-lead it (a plain member gets 403). */
    Inside lead(long teamId, Long viewerId) {
        Inside inside = member(teamId, viewerId);
        if (!inside.me().leads()) {
            throw new ForbiddenException("Only the team's lead and co-leads may do this.");
        }
        return inside;
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }

    record Inside(Team team, TeamMember me) {}
}
