package org.hros.casestudy.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.casestudy.domain.DraftView;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
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

/** Writing one's own cases: new drafts, editing, submitting for review, withdrawing, the dashboard. */
@Controller
class WritingController {

    private final CaseAuthoring authoring;
    private final MessageSource messages;

    WritingController(CaseAuthoring authoring, MessageSource messages) {
        this.authoring = authoring;
        this.messages = messages;
    }

    @GetMapping("/write")
    String chooseForm() {
        return "cases/write";
    }

    @GetMapping("/write/{type}")
    String newDraft(@PathVariable String type, Model model) {
        CaseType caseType = "spark".equals(type) ? CaseType.SPARK : CaseType.CASE_STUDY;
        model.addAttribute("editor", new EditorView(FormView.clean(CaseForm.blank(caseType)), null));
        return "cases/edit";
    }

    @PostMapping("/cases")
    String createDraft(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute CaseForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = authoring.createDraft(me.id(), form.command());
                redirect.addFlashAttribute("flash", "case.saved");
                return "redirect:/my/cases/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("editor", new EditorView(FormView.of(form, result, messages, locale), null));
        return "cases/edit";
    }

    @GetMapping("/my/cases")
    String myCases(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("cases", authoring.myCases(me.id()));
        return "cases/mine";
    }

    @GetMapping("/my/cases/{id}")
    String editDraft(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        DraftView draft = authoring.draft(me.id(), id);
        model.addAttribute("editor", new EditorView(FormView.clean(CaseForm.of(draft)), draft));
        return "cases/edit";
    }

    @PostMapping("/my/cases/{id}")
    String saveDraft(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @ModelAttribute CaseForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                authoring.saveDraft(me.id(), id, form.command());
                if ("submit".equals(action)) {
                    authoring.submit(me.id(), id);
                    redirect.addFlashAttribute("flash", "case.submitted");
                } else {
                    redirect.addFlashAttribute("flash", "case.saved");
                }
                return "redirect:/my/cases/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        DraftView draft = authoring.draft(me.id(), id);
        model.addAttribute("editor", new EditorView(FormView.of(form, result, messages, locale), draft));
        return "cases/edit";
    }

    @PostMapping("/my/cases/{id}/attribution")
    String changeAttribution(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestParam AttributionMode attribution,
            @RequestParam(required = false) String roleDescriptor,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            authoring.changeAttribution(me.id(), id, attribution, roleDescriptor, confirm);
        } catch (FieldErrorsException e) {
            if (!"confirm".equals(e.errors().get(0).field())) {
                redirect.addFlashAttribute("problem", e.errors().get(0).code());
                return "redirect:/my/cases/" + id;
            }
            response.setStatus(409);
            model.addAttribute(
                    "change", new AttributionChangeView(authoring.draft(me.id(), id), attribution, roleDescriptor));
            return "cases/confirmAttribution";
        }
        redirect.addFlashAttribute("flash", "case.attribution.changed");
        return "redirect:/my/cases/" + id;
    }

    @PostMapping("/my/cases/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        authoring.withdraw(me.id(), id);
        redirect.addFlashAttribute("flash", "case.withdrawn");
        return "redirect:/my/cases";
    }

    @PostMapping("/my/cases/{id}/delete")
    String discard(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        authoring.discard(me.id(), id);
        redirect.addFlashAttribute("flash", "case.deleted");
        return "redirect:/my/cases";
    }
}
