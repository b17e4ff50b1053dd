package org.hros.team.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.ConfirmView;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.team.TeamRole;
import org.hros.team.domain.TeamMembers;
import org.hros.team.domain.TeamService;
import org.hros.team.domain.TeamViews.MemberLine;
import org.hros.team.domain.TeamViews.TeamPage;
import org.hros.team.web.TeamForms.InviteForm;
import org.hros.team.web.TeamForms.TeamForm;
import org.hros.team.web.TeamPageViews.TeamShowView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team's own pages: "my teams", creating one, the team page with its members, co-leads, removing and leaving.
 * The security layer lets every {@code /teams/{id}} request through; the services answer 404 to anyone who is not
 * a member, exactly as for a team that does not exist.
 */
@Controller
class TeamController {

    private final TeamService teams;
    private final TeamMembers members;
    private final MessageSource messages;

    TeamController(TeamService teams, TeamMembers members, MessageSource messages) {
        this.teams = teams;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/teams")
    String myTeams(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("teams", teams.myTeams(me.id()));
        return "teams/index";
    }

    @GetMapping("/teams/new")
    String newTeam(Model model) {
        model.addAttribute("form", FormView.clean(new TeamForm("", "")));
        return "teams/new";
    }

    @PostMapping("/teams")
    String createTeam(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute TeamForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = teams.create(me.id(), form.name(), form.purpose());
                redirect.addFlashAttribute("flash", "team.created");
                return "redirect:/teams/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        return "teams/new";
    }

    @GetMapping("/teams/{teamId:\\d+}")
    String showTeam(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId, Model model) {
        return teamPage(model, teams.page(teamId, id(me)), FormView.clean(new InviteForm("")));
    }

    @PostMapping("/teams/{teamId:\\d+}/members/{memberId:\\d+}/co-lead")
    String setCoLead(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long memberId,
            @RequestParam(defaultValue = "true") boolean coLead,
            RedirectAttributes redirect) {
        members.setCoLead(teamId, id(me), memberId, coLead);
        redirect.addFlashAttribute("flash", coLead ? "team.coLead.named" : "team.coLead.unnamed");
        return "redirect:/teams/" + teamId;
    }

    @GetMapping("/teams/{teamId:\\d+}/members/{memberId:\\d+}/remove")
    String confirmRemoval(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long memberId,
            Model model) {
        TeamPage page = teams.page(teamId, id(me));
        ConfirmView confirm = page.leading()
                ? page.members().stream()
                        .filter(m -> m.memberId() == memberId && removable(page, m))
                        .findFirst()
                        .map(m -> TeamConfirmations.removeMember(page, m))
                        .orElse(null)
                : null;
        if (confirm == null) {
            // Shows the same refusal the action itself would give.
            members.remove(teamId, id(me), memberId);
            return "redirect:/teams/" + teamId;
        }
        model.addAttribute("confirm", confirm);
        return "confirm";
    }

    @PostMapping("/teams/{teamId:\\d+}/members/{memberId:\\d+}/remove")
    String removeMember(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long memberId,
            RedirectAttributes redirect) {
        members.remove(teamId, id(me), memberId);
        redirect.addFlashAttribute("flash", "team.member.removed");
        return "redirect:/teams/" + teamId;
    }

    @GetMapping("/teams/{teamId:\\d+}/leave")
    String confirmLeave(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId, Model model) {
        model.addAttribute("confirm", TeamConfirmations.leave(teams.page(teamId, id(me))));
        return "confirm";
    }

    @PostMapping("/teams/{teamId:\\d+}/leave")
    String leaveTeam(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId, RedirectAttributes redirect) {
        try {
            members.leave(teamId, id(me));
            redirect.addFlashAttribute("flash", "team.left");
            return "redirect:/teams";
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", "team.leave.handOver");
            return "redirect:/teams/" + teamId;
        }
    }

    static String teamPage(Model model, TeamPage page, FormView<InviteForm> invite) {
        List<ConfirmView> removals = page.leading()
                ? page.members().stream()
                        .filter(m -> removable(page, m))
                        .map(m -> TeamConfirmations.removeMember(page, m))
                        .toList()
                : List.of();
        model.addAttribute("view", new TeamShowView(page, invite, removals, TeamConfirmations.leave(page)));
        return "teams/show";
    }

    /** Who the viewer may remove: not themselves, never the lead, and a co-lead only if they are the lead. */
    static boolean removable(TeamPage page, MemberLine m) {
        return m.memberId() != page.myId()
                && m.role() != TeamRole.LEAD
                && (m.role() == TeamRole.MEMBER || page.theLead());
    }

    static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}
