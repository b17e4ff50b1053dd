package org.hros.circle.web;

import org.hros.circle.domain.CircleInvitations;
import org.hros.member.MemberPrincipal;
import org.hros.shared.FieldErrorsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one place an outsider sees anything of a circle: the landing page of a valid invitation shows its name and
 * purpose, and nothing else. An invalid, used or expired token answers 404.
 */
@Controller
class InvitationController {

    private final CircleInvitations invitations;

    InvitationController(CircleInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/circles/invitations/{token}")
    String showInvitation(@PathVariable String token, Model model) {
        model.addAttribute("invitation", invitations.landing(token));
        return "circles/invitation";
    }

    /** Log-in is required here, so that after signing up or logging in the invitee comes back to the invitation. */
    @GetMapping("/circles/invitations/{token}/join")
    String logInToJoin(@PathVariable String token) {
        invitations.landing(token);
        return "redirect:/circles/invitations/" + token;
    }

    @PostMapping("/circles/invitations/{token}")
    String join(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String token, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/circles/invitations/" + token + "/join";
        }
        try {
            long circleId = invitations.join(token, me.id());
            redirect.addFlashAttribute("flash", "circle.joined");
            return "redirect:/circles/" + circleId;
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", "circle.full");
            return "redirect:/circles/invitations/" + token;
        }
    }
}
