package org.hros.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hros.member.MemberAccountView;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberQuery;
import org.hros.member.MemberRole;
import org.hros.member.MemberState;
import org.hros.member.MemberTrust;
import org.hros.moderation.AuditLog;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.MemberActivity;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
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

/** Admins find members, change their roles, suspend, silence and reinstate them. Every act is audited. */
@Controller
class MemberAdminController {

    static final int AUDIT_SIZE = 20;

    private final MemberAdministration members;
    private final AuditLog audit;
    private final List<MemberActivity> activities;
    private final MessageSource messages;
    private final MemberTrust trust;

    MemberAdminController(
            MemberAdministration members,
            AuditLog audit,
            List<MemberActivity> activities,
            MessageSource messages,
            MemberTrust trust) {
        this.trust = trust;
        this.members = members;
        this.audit = audit;
        this.activities = activities;
        this.messages = messages;
    }

    @GetMapping("/admin/members")
    String listMembers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String page,
            Model model) {
        // A role or state that is not one of the choices is left out, and the page says so.
        MemberFilter filter = new MemberFilter(
                q == null ? "" : q.strip(),
                choice(MemberRole.class, role),
                choice(MemberState.class, state),
                PageView.normalise(number(page)));
        PageView<MemberAccountView> found =
                members.search(new MemberQuery(filter.q(), filter.role(), filter.state(), filter.page()));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "filterInvalid",
                (filter.role() == null && role != null && !role.isBlank())
                        || (filter.state() == null && state != null && !state.isBlank()));
        model.addAttribute("found", found);
        return "admin/members";
    }

    @GetMapping("/admin/members/{id}")
    String showMember(@PathVariable long id, @RequestParam(required = false) Integer auditPage, Model model) {
        return page(id, PageView.normalise(auditPage), null, null, null, model);
    }

    @PostMapping("/admin/members/{id}/role")
    String changeRole(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute RoleForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (result.hasFieldErrors("role")) {
                throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError(
                        "role", result.getFieldError("role").getCode())));
            }
            MemberRole chosen = choice(MemberRole.class, form.role());
            if (chosen == null) {
                throw new FieldErrorsException(
                        List.of(new FieldErrorsException.FieldError("role", "admin.member.role.invalid")));
            }
            members.changeRole(me.id(), id, chosen);
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            return page(id, 1, null, null, e.errors().get(0).code(), model);
        }
        redirect.addFlashAttribute("flash", "admin.member.role.changed");
        return "redirect:/admin/members/" + id;
    }

    /** The role chosen, as sent. */
    record RoleForm(String role) {}

    @PostMapping("/admin/members/{id}/suspend")
    String suspend(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @ModelAttribute StandingForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                "suspend",
                id,
                form,
                result,
                model,
                locale,
                response,
                redirect,
                () -> members.suspend(me.id(), id, form.reason(), form.end()));
    }

    @PostMapping("/admin/members/{id}/silence")
    String silence(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @ModelAttribute StandingForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                "silence",
                id,
                form,
                result,
                model,
                locale,
                response,
                redirect,
                () -> members.silence(me.id(), id, form.reason(), form.end()));
    }

    @PostMapping("/admin/members/{id}/reinstate")
    String reinstate(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        members.reinstate(me.id(), id);
        redirect.addFlashAttribute("flash", "admin.member.reinstated");
        return "redirect:/admin/members/" + id;
    }

    private String act(
            String name,
            long id,
            StandingForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action) {
        try {
            if (!result.hasFieldErrors("until")) {
                try {
                    form.untilDate();
                    if (!form.endChosen()) {
                        result.rejectValue("until", "admin.member.until.required");
                    }
                } catch (DateTimeParseException e) {
                    result.rejectValue("until", "typeMismatch.until");
                }
            }
            FormErrors.raise(result);
            action.run();
        } catch (FieldErrorsException e) {
            if (!result.hasErrors()) {
                FormErrors.copy(e, result);
            }
            response.setStatus(400);
            return page(id, 1, name, FormView.of(form, result, messages, locale), null, model);
        }
        redirect.addFlashAttribute("flash", "admin.member." + name + ".done");
        return "redirect:/admin/members/" + id;
    }

    private String page(
            long id, int auditPage, String failedForm, FormView<StandingForm> form, String roleError, Model model) {
        MemberAccountView account = members.account(id).orElseThrow(() -> new NotFoundException("No such member"));
        List<MemberPageView.Activity> activity = activities.stream()
                .map(a -> new MemberPageView.Activity(a.labelKey(), a.count(id)))
                .toList();
        model.addAttribute(
                "member",
                new MemberPageView(
                        account,
                        activity,
                        audit.entriesAbout(id, auditPage, AUDIT_SIZE),
                        failedForm,
                        form == null ? FormView.clean(StandingForm.empty()) : form,
                        roleError));
        model.addAttribute("trust", new TrustPageView(id, account.displayName(), trust.standing(id), null, null, ""));
        return "admin/member";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
