package org.hros.exercise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.exercise.domain.ExerciseCatalog;
import org.hros.exercise.domain.ExerciseCommand;
import org.hros.exercise.web.ExerciseForms.ExerciseForm;
import org.hros.exercise.web.ExerciseForms.ExerciseFormView;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.ForbiddenException;
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

/** Editors write exercises: the task, the starting material and the checks with their parameters. */
@Controller
class ExerciseEditorController {

    private final ExerciseCatalog catalog;
    private final MessageSource messages;

    ExerciseEditorController(ExerciseCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/exercises/new")
    String newExercise(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        requireEditor(me);
        model.addAttribute("view", new ExerciseFormView(null, FormView.clean(ExerciseForm.blank())));
        return "exercises/edit";
    }

    @PostsContent
    @PostMapping("/exercises")
    String createExercise(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute ExerciseForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(me);
        if (!result.hasErrors()) {
            try {
                String slug = catalog.create(true, command(form, form.slug()));
                redirect.addFlashAttribute("flash", "exercise.created");
                return "redirect:/exercises/" + slug;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("view", new ExerciseFormView(null, FormView.of(form, result, messages, locale)));
        return "exercises/edit";
    }

    @GetMapping("/exercises/{slug:[a-z0-9-]+}/edit")
    String editExercise(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, Model model) {
        requireEditor(me);
        var exercise = catalog.exercise(slug);
        model.addAttribute("view", new ExerciseFormView(slug, FormView.clean(ExerciseForm.of(exercise))));
        return "exercises/edit";
    }

    @PostsContent
    @PostMapping("/exercises/{slug:[a-z0-9-]+}/edit")
    String updateExercise(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @ModelAttribute ExerciseForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(me);
        catalog.exercise(slug);
        if (!result.hasErrors()) {
            try {
                catalog.update(true, slug, command(form, slug));
                redirect.addFlashAttribute("flash", "exercise.saved");
                return "redirect:/exercises/" + slug;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("view", new ExerciseFormView(slug, FormView.of(form, result, messages, locale)));
        return "exercises/edit";
    }

    private ExerciseCommand command(ExerciseForm form, String slug) {
        return catalog.command(
                slug, form.title(), form.kindChosen(), form.task(), form.startingMaterial(), form.checks());
    }

    private static void requireEditor(MemberPrincipal me) {
        if (!me.isEditor()) {
            throw new ForbiddenException("Only editors write exercises.");
        }
    }
}
