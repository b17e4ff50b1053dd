package org.hros.team.web;

import java.nio.charset.StandardCharsets;
import org.hros.member.MemberPrincipal;
import org.hros.shared.Slugs;
import org.hros.team.domain.TeamDashboard;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The lead's dashboard and its progress export; a plain member gets 403, an outsider 404. */
@Controller
class DashboardController {

    private final TeamDashboard dashboards;
    private final ProgressCsv csv;

    DashboardController(TeamDashboard dashboards, ProgressCsv csv) {
        this.dashboards = dashboards;
        this.csv = csv;
    }

    @GetMapping("/teams/{teamId:\\d+}/dashboard")
    String showDashboard(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId, Model model) {
        model.addAttribute("dashboard", dashboards.dashboard(teamId, TeamController.id(me)));
        return "teams/dashboard";
    }

    @GetMapping("/teams/{teamId:\\d+}/progress.csv")
    ResponseEntity<String> exportProgress(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId) {
        String body = csv.write(dashboards.export(teamId, TeamController.id(me)));
        String slug = Slugs.slugify(dashboards.teamName(teamId, TeamController.id(me)));
        String file = "team-progress-" + (slug.isBlank() ? String.valueOf(teamId) : slug) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
