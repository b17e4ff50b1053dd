package org.hros.track.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.track.domain.TrackComposer;
import org.hros.track.domain.TrackDraft;
import org.hros.track.domain.Viewer;
import org.hros.track.web.TrackPages.ComposeView;
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
 * Composing tracks: editors create and edit any track; members propose one built from published cases, submit
 * it, and change it after an editor returned it. Editors publish or return proposals from the track's page.
 */
@Controller
class ComposeController {

    private final TrackComposer composer;
    private final MessageSource messages;

    ComposeController(TrackComposer composer, MessageSource messages) {
        this.composer = composer;
        this.messages = messages;
    }

    @GetMapping("/tracks/new")
    String newTrack(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        TrackDraft blank =
                new TrackDraft("", "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        model.addAttribute("view", new ComposeView(null, Viewer.of(me).editor(), FormView.clean(blank)));
        return "tracks/compose";
    }

    @PostsContent
    @PostMapping("/tracks")
    String createTrack(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute("draft") TrackDraft draft,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String slug = composer.create(draft, Viewer.of(me));
                redirect.addFlashAttribute("flash", "track.draft.saved");
                return "redirect:/tracks/" + slug;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute(
                "view", new ComposeView(null, Viewer.of(me).editor(), FormView.of(draft, result, messages, locale)));
        return "tracks/compose";
    }

    @GetMapping("/tracks/{slug:[a-z0-9-]+}/edit")
    String editTrack(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, Model model) {
        Viewer viewer = Viewer.of(me);
        model.addAttribute(
                "view", new ComposeView(slug, viewer.editor(), FormView.clean(composer.draftOf(slug, viewer))));
        return "tracks/compose";
    }

    @PostsContent
    @PostMapping("/tracks/{slug:[a-z0-9-]+}/edit")
    String updateTrack(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("draft") TrackDraft draft,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(me);
        if (!result.hasErrors()) {
            try {
                composer.update(slug, draft, viewer);
                redirect.addFlashAttribute("flash", "track.draft.saved");
                return "redirect:/tracks/" + slug;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        composer.draftOf(slug, viewer);
        response.setStatus(400);
        model.addAttribute(
                "view", new ComposeView(slug, viewer.editor(), FormView.of(draft, result, messages, locale)));
        return "tracks/compose";
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/submit")
    String submitForReview(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        composer.submit(slug, Viewer.of(me));
        redirect.addFlashAttribute("flash", "track.submitted");
        return "redirect:/tracks/" + slug;
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/publish")
    String publish(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        composer.publish(slug, Viewer.of(me));
        redirect.addFlashAttribute("flash", "track.published");
        return "redirect:/tracks/" + slug;
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/return")
    String returnToProposer(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @ModelAttribute ReturnForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        try {
            FormErrors.raise(result);
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).code());
            return "redirect:/tracks/" + slug;
        }
        composer.returnToProposer(slug, form.note(), Viewer.of(me));
        redirect.addFlashAttribute("flash", "track.returned");
        return "redirect:/tracks/" + slug;
    }

    /** The editor's note to the proposer: a form record, so that text refused for its characters is a message. */
    record ReturnForm(String note) {}
}
