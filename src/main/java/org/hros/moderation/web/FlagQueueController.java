package org.hros.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.moderation.domain.FlagService;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.SubjectType;
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
 * Editors work through flagged items, the heaviest first: keep, hide or restore the item, warn, silence or suspend
 * its author, each with a reason.
 */
@Controller
class FlagQueueController {

    private final FlagService flags;

    FlagQueueController(FlagService flags) {
        this.flags = flags;
    }

    @GetMapping("/review/flags")
    String showQueue(@RequestParam(required = false) String page, Model model) {
        model.addAttribute("queue", flags.queue(page(page)));
        model.addAttribute("failed", null);
        model.addAttribute("errorKey", null);
        return "moderation/queue";
    }

    @PostMapping("/review/flags/{type}/{id}/{decision}")
    String decide(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String type,
            @PathVariable long id,
            @PathVariable String decision,
            @ModelAttribute DecisionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String reason = form.reason();
        try {
            // Text refused for its control characters is said before anything is looked up.
            if (result.hasFieldErrors()) {
                throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError(
                        result.getFieldError().getField(),
                        result.getFieldError().getCode())));
            }
            SubjectType kind = FlagController.type(type);
            switch (decision) {
                case "keep" -> flags.keep(me.id(), kind, id, reason);
                case "hide" -> flags.hide(me.id(), kind, id, reason);
                case "restore" -> flags.restore(me.id(), kind, id, reason);
                case "warn" -> flags.warn(me.id(), kind, id, reason);
                case "silence", "suspend" ->
                    flags.restrictAuthor(
                            me.id(), me.isAdmin(), kind, id, decision.equals("suspend"), reason, days(form.days()));
                default -> throw new NotFoundException("No such decision");
            }
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            model.addAttribute("queue", flags.queue(1));
            model.addAttribute("failed", "/review/flags/" + type + "/" + id);
            model.addAttribute("errorKey", e.errors().get(0).code());
            return "moderation/queue";
        }
        redirect.addFlashAttribute("flash", "flag.decided." + decision);
        return "redirect:/review/flags";
    }

    /** How long to silence or suspend, in days; blank is until reinstated. */
    private static Integer days(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError("days", "flag.days.invalid")));
        }
    }

    private static int page(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The reason an editor gives, read by the author (and for a decision on the item, the flaggers), and for a
     * silence or suspension how many days it lasts.
     */
    record DecisionForm(String reason, String days) {}
}
