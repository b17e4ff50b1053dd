package org.hros.exercise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.exercise.domain.PeerReviews;
import org.hros.exercise.domain.Practice;
import org.hros.exercise.web.ExerciseForms.AttemptPageView;
import org.hros.exercise.web.ExerciseForms.ReviewForm;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
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

/** One attempt's page, offering it for review, the attempts waiting for one's review, and reviewing. */
@Controller
class ExerciseReviewController {

    private final Practice practice;
    private final PeerReviews reviews;
    private final MessageSource messages;

    ExerciseReviewController(Practice practice, PeerReviews reviews, MessageSource messages) {
        this.practice = practice;
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping("/exercises/{slug:[a-z0-9-]+}/attempts/{attemptId:\\d+}")
    String showAttempt(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable long attemptId,
            Model model) {
        var attempt = practice.attempt(slug, attemptId, me.id());
        model.addAttribute("view", new AttemptPageView(attempt, FormView.clean(ReviewForm.blank())));
        return "exercises/attempt";
    }

    @PostsContent
    @PostMapping("/exercises/{slug:[a-z0-9-]+}/attempts/{attemptId:\\d+}/offer")
    String offerForReview(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable long attemptId,
            RedirectAttributes redirect) {
        reviews.offer(slug, attemptId, me.id());
        redirect.addFlashAttribute("flash", "exercise.review.offered");
        return "redirect:/exercises/" + slug + "/attempts/" + attemptId;
    }

    @GetMapping("/exercises/reviews")
    String showWaitingReviews(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("waiting", reviews.waitingFor(me.id()));
        return "exercises/reviews";
    }

    @PostsContent
    @PostMapping("/exercises/{slug:[a-z0-9-]+}/attempts/{attemptId:\\d+}/reviews")
    String review(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable long attemptId,
            @ModelAttribute ReviewForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var command = reviews.command(
                        ReviewForm.score(form.clear()),
                        ReviewForm.score(form.inclusive()),
                        ReviewForm.score(form.specific()),
                        ReviewForm.score(form.honest()),
                        form.comment());
                reviews.review(slug, attemptId, me.id(), command);
                redirect.addFlashAttribute("flash", "exercise.review.saved");
                return "redirect:/exercises/reviews";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        var attempt = practice.attempt(slug, attemptId, me.id());
        response.setStatus(400);
        model.addAttribute("view", new AttemptPageView(attempt, FormView.of(form, result, messages, locale)));
        return "exercises/attempt";
    }
}
