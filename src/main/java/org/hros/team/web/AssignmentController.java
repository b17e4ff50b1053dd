package org.hros.team.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.team.domain.TeamAssignments;
import org.hros.team.domain.TeamService;
import org.hros.team.domain.TeamViews.AssignmentLine;
import org.hros.team.web.TeamForms.AssignmentForm;
import org.hros.team.web.TeamForms.DueDateForm;
import org.hros.team.web.TeamPageViews.AssignmentView;
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

/** The leads assign tracks with a due date, move the date, or remove the assignment. */
@Controller
class AssignmentController {

    private final TeamAssignments assignments;
    private final TeamService teams;
    private final MessageSource messages;

    AssignmentController(TeamAssignments assignments, TeamService teams, MessageSource messages) {
        this.assignments = assignments;
        this.teams = teams;
        this.messages = messages;
    }

    @GetMapping("/teams/{teamId:\\d+}/assignments/new")
    String newAssignment(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long teamId, Model model) {
        return page(model, me, teamId, null, null, FormView.clean(new AssignmentForm("", "")));
    }

    @PostMapping("/teams/{teamId:\\d+}/assignments")
    String assign(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @ModelAttribute AssignmentForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                assignments.assign(teamId, TeamController.id(me), form.track(), form.due());
                redirect.addFlashAttribute("flash", "team.assignment.created");
                return "redirect:/teams/" + teamId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return page(model, me, teamId, null, null, FormView.of(form, result, messages, locale));
    }

    @GetMapping("/teams/{teamId:\\d+}/assignments/{assignmentId:\\d+}/edit")
    String editAssignment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long assignmentId,
            Model model) {
        AssignmentLine line = assignments.one(teamId, TeamController.id(me), assignmentId);
        return page(
                model,
                me,
                teamId,
                assignmentId,
                line.trackTitle(),
                FormView.clean(new AssignmentForm(line.trackSlug(), line.dueOn().toString())));
    }

    @PostMapping("/teams/{teamId:\\d+}/assignments/{assignmentId:\\d+}")
    String changeAssignment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long assignmentId,
            @ModelAttribute DueDateForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AssignmentLine line = assignments.one(teamId, TeamController.id(me), assignmentId);
        if (!result.hasErrors()) {
            try {
                assignments.change(teamId, TeamController.id(me), assignmentId, form.due());
                redirect.addFlashAttribute("flash", "team.assignment.changed");
                return "redirect:/teams/" + teamId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        // The track of an assignment is not changed, so the form shows the one assigned whatever was sent.
        var shown = new AssignmentForm(line.trackSlug(), form.dueOn());
        return page(model, me, teamId, assignmentId, line.trackTitle(), FormView.of(shown, result, messages, locale));
    }

    @GetMapping("/teams/{teamId:\\d+}/assignments/{assignmentId:\\d+}/remove")
    String confirmRemoval(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long assignmentId,
            Model model) {
        AssignmentLine line = assignments.one(teamId, TeamController.id(me), assignmentId);
        model.addAttribute("confirm", TeamConfirmations.removeAssignment(teamId, line));
        return "confirm";
    }

    @PostMapping("/teams/{teamId:\\d+}/assignments/{assignmentId:\\d+}/remove")
    String removeAssignment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long teamId,
            @PathVariable long assignmentId,
            RedirectAttributes redirect) {
        assignments.remove(teamId, TeamController.id(me), assignmentId);
        redirect.addFlashAttribute("flash", "team.assignment.removed");
        return "redirect:/teams/" + teamId;
    }

    private String page(
            Model model,
            MemberPrincipal me,
            long teamId,
            Long assignmentId,
            String trackTitle,
            FormView<AssignmentForm> form) {
        var tracks = assignments.assignable(teamId, TeamController.id(me));
        String name = teams.page(teamId, TeamController.id(me)).name();
        model.addAttribute(
                "view",
                new AssignmentView(
                        teamId, name, assignmentId, trackTitle, tracks, assignments.trainingAvailable(), form));
        return "teams/assignment";
    }
}
