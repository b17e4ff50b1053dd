package org.hros.casestudy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.LicenceDefault;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.casestudy.domain.DraftView;
import org.hros.casestudy.domain.StaleDraftException;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writing one's own cases: new drafts, editing, checking for identifying details, submitting for review,
 * withdrawing, the dashboard.
 */
@Controller
class WritingController {

    /** Model attribute that opens the draft page's findings panel as the page loads. */
    static final String REDACTION_OPEN = "redactionOpen";

    private final CaseAuthoring authoring;
    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<LicenceDefault> licences;

    WritingController(
            CaseAuthoring authoring,
            MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<LicenceDefault> licences) {
        this.authoring = authoring;
        this.messages = messages;
        this.licences = licences;
    }

    @GetMapping("/write")
    String chooseForm() {
        return "cases/write";
    }

    @GetMapping("/write/{type}")
    String newDraft(@PathVariable String type, Model model) {
        CaseType caseType = "spark".equals(type) ? CaseType.SPARK : CaseType.CASE_STUDY;
        LicenceDefault chosen = licences.getIfAvailable();
        Licence licence = chosen == null ? Licence.DEFAULT : chosen.defaultLicence();
        model.addAttribute("editor", new EditorView(FormView.clean(CaseForm.blank(caseType, licence)), null));
        return "cases/edit";
    }

    @PostsContent
    @PostMapping("/cases")
    String createDraft(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute CaseForm form,
            BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = authoring.createDraft(me.id(), form.command());
                if (htmx != null) {
                    // The first autosave of a new case: the page now edits the draft it created.
                    response.setHeader("HX-Trigger", "{\"hros:draft-created\":{\"path\":\"/my/cases/" + id + "\"}}");
                    response.setHeader("HX-Replace-Url", "/my/cases/" + id);
                    return autosaved(authoring.draft(me.id(), id), model);
                }
                redirect.addFlashAttribute("flash", "case.saved");
                return "redirect:/my/cases/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        if (htmx != null) {
            return notAutosaved(FormView.of(form, result, messages, locale), false, model, response);
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

    /**
     * Saves the draft: "Save draft" and "Submit" as a plain form, or an autosave (htmx) while the author types,
     * which answers with the quiet status line only. A save based on an older version than the stored one shows
     * both texts and lets the author choose; nothing is overwritten behind their back.
     */
    @PostsContent
    @PostMapping("/my/cases/{id}")
    String saveDraft(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @ModelAttribute CaseForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                DraftView saved = save(me.id(), id, form);
                if (htmx != null) {
                    return autosaved(saved, model);
                }
                if ("submit".equals(action)) {
                    authoring.submit(me.id(), id, form.confirmed());
                    redirect.addFlashAttribute("flash", "case.submitted");
                } else {
                    redirect.addFlashAttribute("flash", "case.saved");
                }
                return "redirect:/my/cases/" + id;
            } catch (StaleDraftException e) {
                DraftView current = authoring.draft(me.id(), id);
                if (htmx != null) {
                    return notAutosaved(FormView.clean(form), true, model, response);
                }
                response.setStatus(409);
                model.addAttribute("conflict", ConflictView.of(current, form));
                model.addAttribute(
                        "editor", new EditorView(FormView.clean(form.withVersion(current.version())), current));
                return "cases/edit";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
                if (e.errors().stream().anyMatch(x -> x.field().equals(CaseAuthoring.CONFIRM_IDENTIFIABLE))) {
                    model.addAttribute(REDACTION_OPEN, true);
                }
            }
        }
        if (htmx != null) {
            return notAutosaved(FormView.of(form, result, messages, locale), false, model, response);
        }
        response.setStatus(400);
        DraftView draft = authoring.draft(me.id(), id);
        model.addAttribute("editor", new EditorView(FormView.of(form, result, messages, locale), draft));
        return "cases/edit";
    }

    /**
     * Saves, unless the version is stale; a stale save whose content is what is stored already (an autosave that
     * crossed "Save draft", say) is no conflict.
     */
    private DraftView save(long memberId, long id, CaseForm form) {
        try {
            return authoring.saveDraft(memberId, id, form.command());
        } catch (StaleDraftException | OptimisticLockingFailureException e) {
            // Two saves at the same moment (an autosave and "Save draft") meet in the database instead.
            DraftView current = authoring.draft(memberId, id);
            if (form.sameContentAs(CaseForm.of(current))) {
                return current;
            }
            throw new StaleDraftException();
        }
    }

    private static String autosaved(DraftView draft, Model model) {
        model.addAttribute("autosave", AutosaveView.saved(draft));
        return "cases/autosaveStatus";
    }

    /** The status line says why nothing was saved; htmx swaps a 422, so the author sees it. */
    private static String notAutosaved(
            FormView<CaseForm> form, boolean conflict, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("autosave", AutosaveView.notSaved(form.fieldErrors(), conflict));
        return "cases/autosaveStatus";
    }

    @PostMapping("/my/cases/{id}/attribution")
    String changeAttribution(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) AttributionMode attribution,
            RoleForm form,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        String roleDescriptor = form.roleDescriptor();
        try {
            FormErrors.raise(result);
            if (attribution == null) {
                throw new MissingServletRequestParameterException("attribution", "AttributionMode");
            }
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

    /** The redaction assistant's findings: the panel on the draft page (htmx), or a page of its own. */
    @GetMapping("/my/cases/{id}/redaction")
    String checkIdentifyingDetails(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("details", authoring.identifyingDetails(me.id(), id));
        return htmx != null ? "cases/redactionReport" : "cases/redaction";
    }

    /**
     * Applies one suggested replacement to the saved draft. The draft page's text areas are stale afterwards, so
     * an htmx request gets the page reloaded (with the findings open); a plain form post goes back to the
     * findings page.
     */
    @PostMapping("/my/cases/{id}/redaction/replace")
    Object applyReplacement(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            ReplacementForm form,
            BindingResult result,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer end,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Current-URL", required = false) String currentUrl,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        try {
            FormErrors.raise(result);
        } catch (FieldErrorsException e) {
            String problem = e.errors().get(0).code();
            if (htmx != null) {
                keepForReload(request, response, currentUrl, id, Map.of("problem", problem, REDACTION_OPEN, true));
                return ResponseEntity.status(400).header("HX-Refresh", "true").build();
            }
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/my/cases/" + id + "/redaction";
        }
        form.requireAll();
        requireParameter(start, "start", "int");
        requireParameter(end, "end", "int");
        try {
            authoring.applyReplacement(me.id(), id, form.field(), start, end, form.expected(), form.replacement());
        } catch (ConflictException e) {
            if (htmx != null) {
                keepForReload(
                        request, response, currentUrl, id, Map.of("problem", "redaction.stale", REDACTION_OPEN, true));
                return ResponseEntity.status(409).header("HX-Refresh", "true").build();
            }
            response.setStatus(409);
            model.addAttribute("details", authoring.identifyingDetails(me.id(), id));
            model.addAttribute("stale", true);
            return "cases/redaction";
        }
        if (htmx != null) {
            keepForReload(
                    request, response, currentUrl, id, Map.of("flash", "redaction.replaced", REDACTION_OPEN, true));
            return ResponseEntity.noContent().header("HX-Refresh", "true").build();
        }
        redirect.addFlashAttribute("flash", "redaction.replaced");
        return "redirect:/my/cases/" + id + "/redaction";
    }

    /** A parameter the handler needs, missing: the 400 page, as for a required {@code @RequestParam}. */
    private static void requireParameter(Object value, String name, String type)
            throws MissingServletRequestParameterException {
        if (value == null) {
            throw new MissingServletRequestParameterException(name, type);
        }
    }

    /** The role an author is credited by when the attribution changes. */
    record RoleForm(String roleDescriptor) {}

    /** One suggested replacement of the redaction assistant: where, what it expects there and what goes in. */
    record ReplacementForm(String field, String expected, String replacement) {

        void requireAll() throws MissingServletRequestParameterException {
            requireParameter(field, "field", "String");
            requireParameter(expected, "expected", "String");
            requireParameter(replacement, "replacement", "String");
        }
    }

    /** Leaves a message for the page htmx is about to reload, as a redirect would. */
    private static void keepForReload(
            HttpServletRequest request,
            HttpServletResponse response,
            String currentUrl,
            long id,
            Map<String, ?> attrs) {
        String path = "/my/cases/" + id;
        if (currentUrl != null) {
            String current =
                    UriComponentsBuilder.fromUriString(currentUrl).build().getPath();
            if (current != null && current.startsWith(path)) {
                path = current;
            }
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.putAll(attrs);
        flash.setTargetRequestPath(path);
        FlashMapManager manager = RequestContextUtils.getFlashMapManager(request);
        if (manager != null) {
            manager.saveOutputFlashMap(flash, request, response);
        }
    }

    @GetMapping("/my/cases/{id}/withdraw")
    String confirmWithdrawal(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        DraftView draft = authoring.draft(me.id(), id);
        if (draft.publicPath() == null) {
            return "redirect:/my/cases/" + id;
        }
        model.addAttribute("confirm", Confirmations.withdraw(draft));
        return "confirm";
    }

    @GetMapping("/my/cases/{id}/delete")
    String confirmDiscard(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        DraftView draft = authoring.draft(me.id(), id);
        if (draft.publishedRevision() > 0 || !draft.status().editableByAuthor()) {
            return "redirect:/my/cases/" + id;
        }
        model.addAttribute("confirm", Confirmations.discard(draft));
        return "confirm";
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
