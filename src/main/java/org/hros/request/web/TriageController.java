package org.hros.request.web;

import java.util.List;
import java.util.Map;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.request.CloseReason;
import org.hros.request.RequestStatus;
import org.hros.request.domain.Agenda;
import org.hros.request.domain.AgendaQueries;
import org.hros.request.domain.BoardQuery;
import org.hros.request.domain.TriageDesk;
import org.hros.shared.FieldErrorsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' triage desk for requests: the most wanted open requests and the offers waiting for an answer; on
 * one request, set its status, merge it into another, invite an offering member, link a published case.
 */
@Controller
class TriageController {

    private final Agenda agenda;
    private final AgendaQueries queries;
    private final TriageDesk desk;

    TriageController(Agenda agenda, AgendaQueries queries, TriageDesk desk) {
        this.agenda = agenda;
        this.queries = queries;
        this.desk = desk;
    }

    @GetMapping("/review/requests")
    String showDesk(@RequestParam Map<String, String> params, Model model) {
        BoardQuery query = BoardParams.parse(params, 50);
        if (params.get("sort") == null) {
            query = new BoardQuery(
                    BoardQuery.Sort.UNANSWERED,
                    query.topic(),
                    query.skill(),
                    query.status(),
                    null,
                    query.page(),
                    query.size());
        }
        model.addAttribute("desk", new TriageView(queries.board(query, null), queries.openOffers()));
        return "requests/triage";
    }

    @GetMapping("/review/requests/{id:\\d+}")
    String showRequest(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("request", desk.show(id, me.id()));
        return "requests/triageRequest";
    }

    @PostMapping("/review/requests/{id:\\d+}/status")
    String changeStatus(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) CloseReason reason,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "triage.statusChanged", () -> agenda.changeStatus(id, me.id(), status, reason));
    }

    @PostMapping("/review/requests/{id:\\d+}/merge")
    String merge(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            MergeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "triage.merged", () -> {
            FormErrors.raise(result);
            agenda.merge(id, RequestRef.parse(form.into(), "into"), me.id());
        });
    }

    /**
     * Links a case after the editor has seen which case it is: the first post shows the case and what linking will
     * do, the second (with {@code confirmed=yes}) links it.
     */
    @PostMapping("/review/requests/{id:\\d+}/cases")
    String linkCase(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            LinkCaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !"yes".equals(form.confirmed())) {
            try {
                long caseId = CaseRef.parse(form.caseRef(), "caseRef");
                model.addAttribute("card", agenda.linkable(id, caseId));
                model.addAttribute("request", queries.detail(id, me.id(), false));
                return "requests/confirmLink";
            } catch (FieldErrorsException e) {
                redirect.addFlashAttribute("problem", e.errors().get(0).code());
                return "redirect:/review/requests/" + id;
            }
        }
        return attempt(id, redirect, "triage.linked", () -> {
            FormErrors.raise(result);
            agenda.linkCase(id, CaseRef.parse(form.caseRef(), "caseRef"), me.id());
        });
    }

    /** Undoes a link made by mistake; the request's voters and followers are told of the correction. */
    @PostMapping("/review/requests/{id:\\d+}/cases/{caseId:\\d+}/unlink")
    String unlinkCase(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @PathVariable long caseId,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "triage.unlinked", () -> agenda.unlinkCase(id, caseId, me.id()));
    }

    @PostMapping("/review/requests/{id:\\d+}/offers/{offerId:\\d+}/invite")
    String invite(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @PathVariable long offerId,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "triage.invited", () -> agenda.invite(offerId, me.id()));
    }

    /**
     * Runs one editor action and goes back to the request's triage page, with the outcome or the problem. Field
     * problems are shown there as a message, since the page holds several small forms.
     */
    private static String attempt(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (FieldErrorsException e) {
            List<FieldErrorsException.FieldError> errors = e.errors();
            redirect.addFlashAttribute("problem", errors.get(0).code());
        }
        return "redirect:/review/requests/" + id;
    }

    /** The request this one duplicates, as its address or number. */
    record MergeForm(String into) {}

    /** The case that answers the request, as its address or number; {@code confirmed} is "yes" once seen. */
    record LinkCaseForm(String caseRef, String confirmed) {}
}
