package org.hros.team.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.team.domain.TeamDashboard;
import org.hros.team.domain.TeamService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own teams over JSON. Every path with a team id answers 404, with the same problem document, for a
 * team that does not exist and for one the caller is not a member of; the progress report is for the team's lead
 * and co-leads (403 for other members).
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "The caller's own private teams: members, assigned tracks and progress")
class TeamApiController {

    private final TeamService teams;
    private final TeamDashboard dashboards;

    TeamApiController(TeamService teams, TeamDashboard dashboards) {
        this.teams = teams;
        this.dashboards = dashboards;
    }

    @GetMapping
    @Operation(summary = "List the teams the caller is a member of")
    List<TeamJson.Summary> listMyTeams(@AuthenticationPrincipal MemberPrincipal me) {
        return teams.myTeams(me.id()).stream().map(TeamJson.Summary::of).toList();
    }

    @GetMapping("/{teamId:\\d+}")
    @Operation(summary = "Read one of the caller's teams: its members and assigned tracks")
    TeamJson.Detail getTeam(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId) {
        return TeamJson.Detail.of(teams.page(teamId, id(me)));
    }

    @GetMapping("/{teamId:\\d+}/progress")
    @Operation(summary = "Who is where on each assigned track (the team's lead and co-leads only)")
    TeamJson.ProgressReport getProgress(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId) {
        var dashboard = dashboards.dashboard(teamId, id(me));
        return new TeamJson.ProgressReport(
                teamId,
                dashboard.trainingAvailable(),
                dashboard.tracks().stream().map(TeamJson.TrackProgress::of).toList());
    }

    private static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}
