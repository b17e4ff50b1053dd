package org.hros.member.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.member.domain.Invitations;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins and editors invite people by e-mail, see every invitation and where it stands, and revoke pending ones. */
@Controller
class JoinInvitationController {

    private final Invitations invitations;
    private final MessageSource messages;

    JoinInvitationController(Invitations invitations, MessageSource messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/invitations")
    String listInvitations(@RequestParam(required = false) String page, Model model) {
        return page(FormView.clean(new EmailForm("")), number(page), model);
    }

    @PostMapping("/invitations")
    String invite(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute EmailForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                invitations.invite(me.id(), form.email());
                redirect.addFlashAttribute("flash", "invitation.sent");
                return "redirect:/invitations";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return page(FormView.of(form, result, messages, locale), 1, model);
    }

    @PostMapping("/invitations/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        try {
            invitations.revoke(me.id(), id);
        } catch (FieldErrorsException e) {
            response.setStatus(409);
            model.addAttribute("problem", "invitation.revoke.notPending");
            return page(FormView.clean(new EmailForm("")), 1, model);
        }
        redirect.addFlashAttribute("flash", "invitation.revoked");
        return "redirect:/invitations";
    }

    /** Past the day's allowance: the friendly 429 page says when to try again. */
    @ExceptionHandler(RateLimitExceededException.class)
    void tooManyInvitations(RateLimitExceededException e, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
        response.sendError(429);
    }

    private String page(FormView<EmailForm> form, int page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("found", invitations.list(page));
        return "member/invitations";
    }

    /** A page number that is not one shows the first page. */
    private static int number(String value) {
        try {
            return PageView.normalise(value == null ? null : Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
