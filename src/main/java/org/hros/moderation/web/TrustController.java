package org.hros.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hros.member.MemberAccountView;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberTrust;
import org.hros.member.TrustLevel;
import org.hros.moderation.domain.TrustAdministration;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
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
 * Editors and admins see a member's trust level and set it by hand, with a reason. Admins find the same form on the
 * member's admin page; editors reach this page from the member's public profile.
 */
@Controller
class TrustController {

    private final MemberTrust trust;
    private final MemberAdministration members;
    private final TrustAdministration administration;

    TrustController(MemberTrust trust, MemberAdministration members, TrustAdministration administration) {
        this.trust = trust;
        this.members = members;
        this.administration = administration;
    }

    @GetMapping("/review/members/{id}/trust")
    String showTrust(@PathVariable long id, Model model) {
        model.addAttribute("trust", view(id, null, null, ""));
        return "moderation/trust";
    }

    @PostMapping("/review/members/{id}/trust")
    String setTrust(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute TrustForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            // Text refused for its control characters is said before anything is looked up.
            if (result.hasFieldErrors()) {
                response.setStatus(400);
                model.addAttribute(
                        "trust",
                        new TrustPageView(
                                id,
                                "",
                                null,
                                result.getFieldError().getField(),
                                result.getFieldError().getCode(),
                                ""));
                return "moderation/trust";
            }
            administration.setLevel(me.id(), id, level(form.level()), form.reason());
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            FieldErrorsException.FieldError first = e.errors().get(0);
            model.addAttribute("trust", view(id, first.field(), first.code(), form.reason()));
            return "moderation/trust";
        }
        redirect.addFlashAttribute("flash", "admin.member.trust.changed");
        return "redirect:/review/members/" + id + "/trust";
    }

    TrustPageView view(long id, String errorField, String errorKey, String reason) {
        MemberAccountView account = members.account(id).orElseThrow(() -> new NotFoundException("No such member"));
        return new TrustPageView(
                id, account.displayName(), trust.standing(id), errorField, errorKey, reason == null ? "" : reason);
    }

    private static TrustLevel level(String level) {
        for (TrustLevel l : TrustLevel.values()) {
            if (l.name().equals(level)) {
                return l;
            }
        }
        throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError("level", "trust.level.invalid")));
    }

    /** The level chosen and why, as sent. */
    record TrustForm(String level, String reason) {}
}
