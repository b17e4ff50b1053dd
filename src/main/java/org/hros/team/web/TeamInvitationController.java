package org.hros.team.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.team.domain.TeamInvitations;
import org.hros.team.domain.TeamService;
import org.hros.team.web.TeamForms.InviteForm;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations: leads invite and revoke; the landing page of a valid invitation is the one place an outsider sees
 * anything of a team (its name and purpose). An unknown, used, revoked or expired link answers 404.
 */
@Controller
class TeamInvitationController {

    private final TeamInvitations invitations;
    private final TeamService teams;
    private final MessageSource messages;

    TeamInvitationController(TeamInvitations invitations, TeamService teams, MessageSource messages) {
        this.invitations = invitations;
        this.teams = teams;
        this.messages = messages;
    }

    @PostMapping("/teams/{teamId:\\d+}/invitations")
    String invite(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @ModelAttribute InviteForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                invitations.invite(teamId, TeamController.id(me), form.email());
                redirect.addFlashAttribute("flash", "team.invite.sent");
                return "redirect:/teams/" + teamId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return TeamController.teamPage(
                model, teams.page(teamId, TeamController.id(me)), FormView.of(form, result, messages, locale));
    }

    @PostMapping("/teams/{teamId:\\d+}/invitations/{invitationId:\\d+}/revoke")
    String revoke(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long invitationId,
            RedirectAttributes redirect) {
        invitations.revoke(teamId, TeamController.id(me), invitationId);
        redirect.addFlashAttribute("flash", "team.invite.revoked");
        return "redirect:/teams/" + teamId;
    }

    @GetMapping("/teams/invitations/{token}")
    String showInvitation(@PathVariable String token, Model model) {
        model.addAttribute("invitation", invitations.landing(token));
        return "teams/invitation";
    }

    /** Log-in is required here, so that after signing up or logging in the invitee comes back to the invitation. */
    @GetMapping("/teams/invitations/{token}/join")
    String logInToJoin(@PathVariable String token) {
        invitations.landing(token);
        return "redirect:/teams/invitations/" + token;
    }

    @PostMapping("/teams/invitations/{token}")
    String join(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String token, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/teams/invitations/" + token + "/join";
        }
        long teamId = invitations.join(token, me.id());
        redirect.addFlashAttribute("flash", "team.joined");
        return "redirect:/teams/" + teamId;
    }
}
