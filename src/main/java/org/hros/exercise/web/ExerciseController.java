package org.hros.exercise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.hros.exercise.domain.ExerciseCatalog;
import org.hros.exercise.domain.ExerciseViews.AttemptView;
import org.hros.exercise.domain.Practice;
import org.hros.exercise.web.ExerciseForms.AttemptForm;
import org.hros.exercise.web.ExerciseForms.PracticeView;
import org.hros.exercise.web.ExerciseForms.SubmittedText;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Practising: the list, an exercise's page with its editor and feedback, the history, and the sandboxed preview. */
@Controller
class ExerciseController {

    /**
     * The preview's own policy: nothing may load but inline styles and data images, and the {@code sandbox} directive
     * makes the document an opaque origin without scripts, forms or popups even when opened outside its iframe.
     */
    static final String PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "sandbox; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private final ExerciseCatalog catalog;
    private final Practice practice;
    private final MessageSource messages;

    ExerciseController(ExerciseCatalog catalog, Practice practice, MessageSource messages) {
        this.catalog = catalog;
        this.practice = practice;
        this.messages = messages;
    }

    @GetMapping("/exercises")
    String listExercises(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("exercises", catalog.list(me.id()));
        return "exercises/list";
    }

    @GetMapping("/exercises/{slug:[a-z0-9-]+}")
    String showExercise(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, Model model) {
        var exercise = catalog.exercise(slug);
        var form = new AttemptForm(exercise.startingMaterial(), Map.of());
        model.addAttribute("view", new PracticeView(exercise, FormView.clean(form), null, me.isEditor()));
        return "exercises/show";
    }

    @PostMapping("/exercises/{slug:[a-z0-9-]+}/attempts")
    String attempt(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("submitted") SubmittedText submitted,
            BindingResult submittedResult,
            @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        var exercise = catalog.exercise(slug);
        AttemptForm form = AttemptForm.from(submitted.text(), params);
        var result = new BeanPropertyBindingResult(form, "form");
        AttemptView attempt = null;
        try {
            FormErrors.raise(submittedResult);
            form = form.checked();
            long id = practice.attempt(slug, me.id(), form.text(), form.answers());
            attempt = practice.attempt(slug, id, me.id());
        } catch (FieldErrorsException e) {
            FormErrors.copy(e, result);
            response.setStatus(htmx != null ? 422 : 400);
        }
        model.addAttribute(
                "view",
                new PracticeView(exercise, FormView.of(form, result, messages, locale), attempt, me.isEditor()));
        return htmx != null ? "exercises/feedbackPanel" : "exercises/show";
    }

    @GetMapping("/exercises/{slug:[a-z0-9-]+}/history")
    String showHistory(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("history", practice.history(slug, me.id(), page));
        return "exercises/history";
    }

    /** The member's own HTML, served for an {@code <iframe sandbox>} under a policy that runs nothing. */
    @GetMapping("/exercises/{slug:[a-z0-9-]+}/attempts/{attemptId:\\d+}/preview")
    ResponseEntity<String> preview(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable long attemptId,
            HttpServletResponse response) {
        String html = practice.preview(slug, attemptId, me.id());
        // Set on the response itself: they replace what the security filter chain writes for every page (which
        // forbids framing altogether and allows the site's own scripts).
        response.setHeader("Content-Security-Policy", PREVIEW_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "no-referrer");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }
}
