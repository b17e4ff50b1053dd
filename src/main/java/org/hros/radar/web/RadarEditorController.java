package org.hros.radar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.radar.domain.Editions;
import org.hros.radar.domain.Overrides;
import org.hros.radar.domain.Practices;
import org.hros.radar.domain.RadarQueries;
import org.hros.radar.domain.RadarRefresh;
import org.hros.radar.domain.Ring;
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
 * The editors' radar desk under {@code /review}, which only editors reach: curate practices, override a blip's
 * ring with a rationale, publish this quarter's edition.
 */
@Controller
class RadarEditorController {

    private static final String DESK = "redirect:/review/radar";

    private final Practices practices;
    private final Overrides overrides;
    private final Editions editions;
    private final RadarQueries radar;
    private final RadarRefresh refresh;
    private final MessageSource messages;

    RadarEditorController(
            Practices practices,
            Overrides overrides,
            Editions editions,
            RadarQueries radar,
            RadarRefresh refresh,
            MessageSource messages) {
        this.practices = practices;
        this.overrides = overrides;
        this.editions = editions;
        this.radar = radar;
        this.refresh = refresh;
        this.messages = messages;
    }

    @GetMapping("/review/radar")
    String showDesk(Model model) {
        model.addAttribute(
                "desk",
                new EditorView(
                        editions.thisQuarter(), editions.publishedThisQuarter(), practices.all(), radar.current()));
        return "radar/editor";
    }

    @GetMapping("/review/radar/practices/new")
    String newPractice(Model model) {
        model.addAttribute("form", FormView.clean(PracticeForm.blank()));
        model.addAttribute("practiceId", null);
        return "radar/practice";
    }

    @PostMapping("/review/radar/practices")
    String addPractice(
            @ModelAttribute PracticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return savePractice(null, form, result, model, locale, response, redirect);
    }

    @GetMapping("/review/radar/practices/{id:\\d+}/edit")
    String editPractice(@PathVariable long id, Model model) {
        model.addAttribute("form", FormView.clean(PracticeForm.of(practices.find(id))));
        model.addAttribute("practiceId", id);
        return "radar/practice";
    }

    @PostMapping("/review/radar/practices/{id:\\d+}")
    String updatePractice(
            @PathVariable long id,
            @ModelAttribute PracticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        practices.find(id);
        return savePractice(id, form, result, model, locale, response, redirect);
    }

    @PostMapping("/review/radar/practices/{id:\\d+}/retire")
    String retirePractice(@PathVariable long id, RedirectAttributes redirect) {
        practices.retire(id, true);
        refresh.refresh();
        redirect.addFlashAttribute("flash", "radar.practice.retired");
        return DESK;
    }

    @PostMapping("/review/radar/practices/{id:\\d+}/restore")
    String restorePractice(@PathVariable long id, RedirectAttributes redirect) {
        practices.retire(id, false);
        refresh.refresh();
        redirect.addFlashAttribute("flash", "radar.practice.restored");
        return DESK;
    }

    @GetMapping("/review/radar/blips/{kind:topic|skill|practice}/{slug}")
    String showOverride(@PathVariable String kind, @PathVariable String slug, Model model) {
        var placement = radar.blip(kind, slug).placement();
        OverrideForm form = new OverrideForm(
                placement.overridden() ? placement.ring().name() : "",
                placement.overridden() ? placement.rationale() : "");
        model.addAttribute("page", new OverridePageView(placement, FormView.clean(form)));
        return "radar/override";
    }

    @PostMapping("/review/radar/blips/{kind:topic|skill|practice}/{slug}")
    String override(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            @ModelAttribute OverrideForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var placement = radar.blip(kind, slug).placement();
        try {
            overrides.override(kind, slug, ring(form.ring()), form.rationale(), me.id());
            redirect.addFlashAttribute("flash", "radar.override.saved");
            return DESK;
        } catch (FieldErrorsException e) {
            FormErrors.copy(e, result);
        }
        response.setStatus(400);
        model.addAttribute("page", new OverridePageView(placement, FormView.of(form, result, messages, locale)));
        return "radar/override";
    }

    @PostMapping("/review/radar/blips/{kind:topic|skill|practice}/{slug}/clear")
    String clearOverride(@PathVariable String kind, @PathVariable String slug, RedirectAttributes redirect) {
        overrides.clear(kind, slug);
        redirect.addFlashAttribute("flash", "radar.override.cleared");
        return DESK;
    }

    @GetMapping("/review/radar/editions")
    String confirmPublish(Model model) {
        model.addAttribute("confirm", RadarConfirmations.publishEdition());
        return "confirm";
    }

    @PostMapping("/review/radar/editions")
    String publishEdition(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        refresh.refresh();
        if (editions.publish(me.id())) {
            redirect.addFlashAttribute("flash", "radar.edition.published");
        } else {
            redirect.addFlashAttribute("problem", "radar.edition.exists");
        }
        return DESK;
    }

    private String savePractice(
            Long id,
            PracticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Text refused for its control characters is already an error under its field, and is never saved.
        if (!result.hasErrors()) {
            try {
                if (id == null) {
                    practices.add(form.command());
                } else {
                    practices.edit(id, form.command());
                }
                refresh.refresh();
                redirect.addFlashAttribute("flash", "radar.practice.saved");
                return DESK;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        model.addAttribute("practiceId", id);
        return "radar/practice";
    }

    private static Ring ring(String value) {
        for (Ring ring : Ring.values()) {
            if (ring.name().equals(value)) {
                return ring;
            }
        }
        return null;
    }
}
