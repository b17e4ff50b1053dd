package org.hros.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.practice.domain.GoalService;
import org.hros.practice.web.GoalForms.CheckInForm;
import org.hros.practice.web.GoalForms.GoalForm;
import org.hros.practice.web.GoalForms.GoalFormView;
import org.hros.practice.web.GoalForms.GoalShowView;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Practice goals: one's own list, the goal pages with their check-ins and chart, and members' progress pages. */
@Controller
class GoalController {

    private final GoalService goals;
    private final MessageSource messages;

    GoalController(GoalService goals, MessageSource messages) {
        this.goals = goals;
        this.messages = messages;
    }

    @GetMapping("/goals")
    String myGoals(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("goals", goals.myGoals(me.id()));
        return "goals/mine";
    }

    @GetMapping("/goals/new")
    String newGoal(Model model) {
        model.addAttribute("view", new GoalFormView(null, FormView.clean(GoalForm.blank())));
        return "goals/edit";
    }

    @PostMapping("/goals")
    String createGoal(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute GoalForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = goals.create(me.id(), command(form));
                redirect.addFlashAttribute("flash", "goal.created");
                return "redirect:/goals/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("view", new GoalFormView(null, FormView.of(form, result, messages, locale)));
        return "goals/edit";
    }

    @GetMapping("/goals/{goalId:\\d+}")
    String showGoal(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId, Model model) {
        model.addAttribute(
                "view", new GoalShowView(goals.goal(goalId, id(me)), FormView.clean(new CheckInForm("", null))));
        return "goals/show";
    }

    @GetMapping("/goals/{goalId:\\d+}/edit")
    String editGoal(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId, Model model) {
        var goal = goals.goal(goalId, id(me));
        if (!goal.mine()) {
            throw new org.hros.shared.ForbiddenException("Only the goal's owner may change it.");
        }
        model.addAttribute("view", new GoalFormView(goalId, FormView.clean(GoalForm.of(goal))));
        return "goals/edit";
    }

    @PostMapping("/goals/{goalId:\\d+}")
    String updateGoal(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @ModelAttribute GoalForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                goals.update(goalId, id(me), command(form));
                redirect.addFlashAttribute("flash", "goal.saved");
                return "redirect:/goals/" + goalId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        goals.goal(goalId, id(me));
        response.setStatus(400);
        model.addAttribute("view", new GoalFormView(goalId, FormView.of(form, result, messages, locale)));
        return "goals/edit";
    }

    @GetMapping("/goals/{goalId:\\d+}/delete")
    String confirmDeleteGoal(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId, Model model) {
        var goal = ownGoal(me, goalId);
        model.addAttribute("confirm", GoalConfirmations.deleteGoal(goal));
        return "confirm";
    }

    @GetMapping("/goals/{goalId:\\d+}/check-ins/{checkInId:\\d+}/delete")
    String confirmDeleteCheckIn(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            Model model) {
        var goal = ownGoal(me, goalId);
        var checkIn = goal.checkIns().stream()
                .filter(c -> c.id() == checkInId)
                .findFirst()
                .orElseThrow(() -> new org.hros.shared.NotFoundException("No such check-in"));
        model.addAttribute("confirm", GoalConfirmations.deleteCheckIn(goal, checkIn));
        return "confirm";
    }

    private org.hros.practice.domain.GoalViews.GoalPage ownGoal(MemberPrincipal me, long goalId) {
        var goal = goals.goal(goalId, id(me));
        if (!goal.mine()) {
            throw new org.hros.shared.ForbiddenException("Only the goal's owner may change it.");
        }
        return goal;
    }

    @PostMapping("/goals/{goalId:\\d+}/delete")
    String deleteGoal(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long goalId, RedirectAttributes redirect) {
        goals.delete(goalId, id(me));
        redirect.addFlashAttribute("flash", "goal.deleted");
        return "redirect:/goals";
    }

    @PostMapping("/goals/{goalId:\\d+}/check-ins")
    String checkIn(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @ModelAttribute CheckInForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                goals.checkIn(goalId, id(me), form.note(), form.value());
                redirect.addFlashAttribute("flash", "goal.checkIn.saved");
                return "redirect:/goals/" + goalId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute(
                "view", new GoalShowView(goals.goal(goalId, id(me)), FormView.of(form, result, messages, locale)));
        return "goals/show";
    }

    @PostMapping("/goals/{goalId:\\d+}/check-ins/{checkInId:\\d+}/delete")
    String deleteCheckIn(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            RedirectAttributes redirect) {
        goals.deleteCheckIn(goalId, checkInId, id(me));
        redirect.addFlashAttribute("flash", "goal.checkIn.deleted");
        return "redirect:/goals/" + goalId;
    }

    @GetMapping("/members/{handle}/progress")
    String showProgress(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String handle, Model model) {
        model.addAttribute("progress", goals.progress(handle, id(me)));
        return "goals/progress";
    }

    private org.hros.practice.domain.GoalCommand command(GoalForm form) {
        return goals.command(
                form.title(),
                form.description(),
                form.visibility(),
                form.linkLines(),
                form.metricUnit(),
                form.metricTarget());
    }

    private static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}
