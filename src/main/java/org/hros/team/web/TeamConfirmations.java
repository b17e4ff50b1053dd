package org.hros.team.web;

import java.util.List;
import org.hros.platform.web.ConfirmView;
import org.hros.team.domain.TeamViews.AssignmentLine;
import org.hros.team.domain.TeamViews.MemberLine;
import org.hros.team.domain.TeamViews.TeamPage;

/** The destructive actions of the team pages, asked before they are done. */
public final class TeamConfirmations {

    private TeamConfirmations() {}

    public static ConfirmView removeMember(TeamPage team, MemberLine member) {
        return new ConfirmView(
                "confirm-remove-member-" + member.memberId(),
                "team.confirm.remove.title",
                member.displayName(),
                List.of("team.confirm.remove.gone", "team.confirm.remove.again"),
                "/teams/" + team.id() + "/members/" + member.memberId() + "/remove",
                "team.member.remove",
                "/teams/" + team.id(),
                "btn--small");
    }

    public static ConfirmView leave(TeamPage team) {
        return new ConfirmView(
                "confirm-leave-team",
                "team.confirm.leave.title",
                team.name(),
                List.of("team.confirm.leave.gone", "team.confirm.leave.again"),
                "/teams/" + team.id() + "/leave",
                "team.leave.submit",
                "/teams/" + team.id(),
                "");
    }

    public static ConfirmView removeAssignment(long teamId, AssignmentLine assignment) {
        return new ConfirmView(
                "confirm-remove-assignment-" + assignment.id(),
                "team.confirm.unassign.title",
                assignment.trackTitle(),
                List.of("team.confirm.unassign.gone", "team.confirm.unassign.kept"),
                "/teams/" + teamId + "/assignments/" + assignment.id() + "/remove",
                "team.assignment.remove",
                "/teams/" + teamId,
                "btn--small");
    }
}
