package org.hros.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.moderation.FlagReason;
import org.hros.moderation.domain.FlagService;
import org.hros.platform.web.FormErrors;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.SubjectType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members flag what should not be there; the form works without JavaScript. */
@Controller
class FlagController {

    private final FlagService flags;

    FlagController(FlagService flags) {
        this.flags = flags;
    }

    @GetMapping("/flags/new")
    String showFlagForm(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        SubjectType kind = type(type);
        long itemId = id(id);
        model.addAttribute(
                "page",
                new FlagPageView(
                        flags.target(me.id(), kind, itemId), new FlagForm(kind.name(), itemId, null, ""), null, null));
        // htmx puts the form beside the item; without JavaScript the link opens it as a page of its own.
        return htmx != null ? "moderation/flagForm" : "moderation/flag";
    }

    @PostMapping("/flags")
    String flag(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute FlagForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SubjectType kind = type(form == null ? null : form.type());
        long itemId = form == null || form.id() == null ? -1 : form.id();
        FlagForm values = form == null ? new FlagForm(kind.name(), itemId, null, "") : form;
        try {
            FormErrors.raise(result);
            FlagReason reason = reason(values.reason());
            FlagService.Flagged flagged = flags.flag(me.id(), kind, itemId, reason, values.note());
            // A case or request this flag hid has no page for the flagger any more: back to where it was listed.
            if (flagged.hidden() && (kind == SubjectType.CASE || kind == SubjectType.REQUEST)) {
                redirect.addFlashAttribute("flash", "flag.thanks.hidden");
                return "redirect:" + (kind == SubjectType.CASE ? "/cases" : "/requests");
            }
            redirect.addFlashAttribute("flash", "flag.thanks");
            return "redirect:" + flagged.path();
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            FieldErrorsException.FieldError first = e.errors().get(0);
            model.addAttribute(
                    "page", new FlagPageView(flags.target(me.id(), kind, itemId), values, first.field(), first.code()));
            return "moderation/flag";
        }
    }

    static SubjectType type(String type) {
        for (SubjectType t : SubjectType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw new NotFoundException("No such item");
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("No such item");
        }
    }

    private static FlagReason reason(String reason) {
        for (FlagReason r : FlagReason.values()) {
            if (r.name().equals(reason)) {
                return r;
            }
        }
        throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError("reason", "flag.reason.required")));
    }
}
