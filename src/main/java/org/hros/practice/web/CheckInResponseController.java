package org.hros.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.practice.domain.CheckInResponses;
import org.hros.practice.domain.GoalService;
import org.hros.practice.web.GoalForms.CheckInForm;
import org.hros.practice.web.GoalForms.CommentEditView;
import org.hros.practice.web.GoalForms.CommentForm;
import org.hros.practice.web.GoalForms.GoalShowView;
import org.hros.practice.web.GoalForms.ReactionForm;
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

/**
 * "Connect on progress": those who may see a goal cheer its check-ins, mark them useful and comment on them. Anyone
 * who may not see the goal gets the same 404 as for a goal that does not exist.
 */
@Controller
class CheckInResponseController {

    private static final String CHECK_IN = "/goals/{goalId:\\d+}/check-ins/{checkInId:\\d+}";
    private static final String COMMENT = CHECK_IN + "/comments/{commentId:\\d+}";

    private final CheckInResponses responses;
    private final GoalService goals;
    private final MessageSource messages;

    CheckInResponseController(CheckInResponses responses, GoalService goals, MessageSource messages) {
        this.responses = responses;
        this.goals = goals;
        this.messages = messages;
    }

    @PostMapping(CHECK_IN + "/reactions")
    String react(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            @ModelAttribute ReactionForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                responses.toggle(goalId, checkInId, id(me), CheckInResponses.reaction(form.kind()));
                return "redirect:/goals/" + goalId + "#check-in-" + checkInId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        // The reaction is a button, not a field one types in: its message goes above the comment form.
        var shown = new org.springframework.validation.BeanPropertyBindingResult(new CommentForm(""), "commentForm");
        result.getAllErrors().forEach(e -> shown.reject(e.getCode(), e.getArguments(), e.getDefaultMessage()));
        return again(me, goalId, checkInId, new CommentForm(""), shown, model, locale, response);
    }

    @PostsContent
    @PostMapping(CHECK_IN + "/comments")
    String comment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            @ModelAttribute CommentForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long comment = responses.comment(goalId, checkInId, id(me), form.comment());
                redirect.addFlashAttribute("flash", "goal.comment.saved");
                return "redirect:/goals/" + goalId + "#comment-" + comment;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        return again(me, goalId, checkInId, form, result, model, locale, response);
    }

    @GetMapping(COMMENT + "/edit")
    String editComment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            @PathVariable long commentId,
            Model model) {
        var comment = responses.ownComment(goalId, checkInId, commentId, id(me));
        model.addAttribute(
                "view",
                new CommentEditView(goalId, checkInId, commentId, FormView.clean(new CommentForm(comment.markdown()))));
        return "goals/comment";
    }

    @PostsContent
    @PostMapping(COMMENT)
    String updateComment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            @PathVariable long commentId,
            @ModelAttribute CommentForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                responses.editComment(goalId, checkInId, commentId, id(me), form.comment());
                redirect.addFlashAttribute("flash", "goal.comment.saved");
                return "redirect:/goals/" + goalId + "#comment-" + commentId;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        responses.ownComment(goalId, checkInId, commentId, id(me));
        response.setStatus(400);
        model.addAttribute(
                "view", new CommentEditView(goalId, checkInId, commentId, FormView.of(form, result, messages, locale)));
        return "goals/comment";
    }

    @GetMapping(COMMENT + "/delete")
    String confirmDeleteComment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            @PathVariable long commentId,
            Model model) {
        var comment = responses.ownComment(goalId, checkInId, commentId, id(me));
        model.addAttribute("confirm", GoalConfirmations.deleteComment(goalId, checkInId, comment));
        return "confirm";
    }

    @PostMapping(COMMENT + "/delete")
    String deleteComment(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long goalId,
            @PathVariable long checkInId,
            @PathVariable long commentId,
            RedirectAttributes redirect) {
        responses.deleteComment(goalId, checkInId, commentId, id(me));
        redirect.addFlashAttribute("flash", "goal.comment.deleted");
        return "redirect:/goals/" + goalId + "#check-in-" + checkInId;
    }

    /** The goal's page again, with the error beside the check-in it was about. */
    private String again(
            MemberPrincipal me,
            long goalId,
            long checkInId,
            CommentForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        var goal = goals.goal(goalId, id(me));
        response.setStatus(400);
        model.addAttribute(
                "view",
                new GoalShowView(
                        goal,
                        FormView.clean(new CheckInForm("", null)),
                        FormView.of(form, result, messages, locale),
                        checkInId));
        return "goals/show";
    }

    private static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}
