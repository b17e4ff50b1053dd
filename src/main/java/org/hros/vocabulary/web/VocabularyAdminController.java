package org.hros.vocabulary.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.VocabularyKind;
import org.hros.vocabulary.TermView;
import org.hros.vocabulary.domain.TermAdministration;
import org.hros.vocabulary.domain.VocabularyCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins run the lists: one page per kind with every word (retired ones marked), a form to add one, and buttons to
 * move, retire and restore (plain forms, so they work without JavaScript); a page per word to rename and describe
 * it; and a merge that asks first, saying how much content will move.
 */
@Controller
class VocabularyAdminController {

    private final VocabularyCatalogue catalogue;
    private final TermAdministration admin;
    private final MessageSource messages;

    VocabularyAdminController(VocabularyCatalogue catalogue, TermAdministration admin, MessageSource messages) {
        this.catalogue = catalogue;
        this.admin = admin;
        this.messages = messages;
    }

    @GetMapping("/admin/vocabulary")
    String showLists(Model model) {
        return list(VocabularyKind.TOPIC, FormView.clean(TermForm.blank()), model);
    }

    @GetMapping("/admin/vocabulary/{kind}")
    String showList(@PathVariable String kind, Model model) {
        return list(kind(kind), FormView.clean(TermForm.blank()), model);
    }

    @PostMapping("/admin/vocabulary/{kind}")
    String addTerm(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @ModelAttribute TermForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        VocabularyKind k = kind(kind);
        if (binding.hasErrors()) {
            response.setStatus(400);
            return list(k, FormView.of(form, binding, messages, locale), model);
        }
        try {
            admin.add(me.id(), k, form.command());
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            return list(k, rejected(form, e, locale), model);
        }
        redirect.addFlashAttribute("flash", "vocabulary.added");
        return "redirect:/admin/vocabulary/" + k.slug();
    }

    @GetMapping("/admin/vocabulary/{kind}/{slug}")
    String editTerm(@PathVariable String kind, @PathVariable String slug, Model model) {
        VocabularyKind k = kind(kind);
        TermView term = term(k, slug);
        if (!term.slug().equals(slug)) {
            return "redirect:/admin/vocabulary/" + k.slug() + "/" + term.slug();
        }
        return edit(term, FormView.clean(TermForm.of(term)), model);
    }

    @PostMapping("/admin/vocabulary/{kind}/{slug}")
    String saveTerm(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            @ModelAttribute TermForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        VocabularyKind k = kind(kind);
        TermView before = exact(k, slug);
        if (binding.hasErrors()) {
            response.setStatus(400);
            return edit(before, FormView.of(form, binding, messages, locale), model);
        }
        TermView after;
        try {
            after = admin.edit(me.id(), k, slug, form.command());
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            return edit(before, rejected(form, e, locale), model);
        }
        redirect.addFlashAttribute("flash", after.equals(before) ? "vocabulary.unchanged" : "vocabulary.saved");
        return "redirect:/admin/vocabulary/" + k.slug();
    }

    @PostMapping("/admin/vocabulary/{kind}/{slug}/up")
    String moveUp(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            RedirectAttributes redirect) {
        return move(me, kind, slug, true, redirect);
    }

    @PostMapping("/admin/vocabulary/{kind}/{slug}/down")
    String moveDown(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            RedirectAttributes redirect) {
        return move(me, kind, slug, false, redirect);
    }

    private String move(MemberPrincipal me, String kind, String slug, boolean up, RedirectAttributes redirect) {
        VocabularyKind k = kind(kind);
        admin.move(me.id(), k, exact(k, slug).slug(), up);
        redirect.addFlashAttribute("flash", "vocabulary.moved");
        return "redirect:/admin/vocabulary/" + k.slug() + "#term-" + slug;
    }

    @PostMapping("/admin/vocabulary/{kind}/{slug}/retire")
    String retireTerm(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            RedirectAttributes redirect) {
        VocabularyKind k = kind(kind);
        admin.retire(me.id(), k, exact(k, slug).slug());
        redirect.addFlashAttribute("flash", "vocabulary.retired");
        return "redirect:/admin/vocabulary/" + k.slug();
    }

    @PostMapping("/admin/vocabulary/{kind}/{slug}/restore")
    String restoreTerm(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            RedirectAttributes redirect) {
        VocabularyKind k = kind(kind);
        admin.restore(me.id(), k, exact(k, slug).slug());
        redirect.addFlashAttribute("flash", "vocabulary.restored");
        return "redirect:/admin/vocabulary/" + k.slug();
    }

    /** Without {@code into}, asks which word to merge into; with it, says what will move and asks to confirm. */
    @GetMapping("/admin/vocabulary/{kind}/{slug}/merge")
    String askMerge(
            @PathVariable String kind,
            @PathVariable String slug,
            @ModelAttribute MergeForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        VocabularyKind k = kind(kind);
        TermView from = exact(k, slug);
        if (binding.hasErrors()) {
            response.setStatus(400);
            return chooseTarget(from, "input.controlCharacters", model);
        }
        String into = form.into();
        if (into == null) {
            return chooseTarget(from, null, model);
        }
        try {
            model.addAttribute("preview", admin.previewMerge(k, from.slug(), into));
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            return chooseTarget(from, e.errors().get(0).code(), model);
        }
        return "vocabulary/mergeConfirm";
    }

    @PostMapping("/admin/vocabulary/{kind}/{slug}/merge")
    String mergeTerm(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String kind,
            @PathVariable String slug,
            @ModelAttribute MergeForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        VocabularyKind k = kind(kind);
        TermView from = exact(k, slug);
        if (binding.hasErrors()) {
            response.setStatus(400);
            return chooseTarget(from, "input.controlCharacters", model);
        }
        try {
            admin.merge(me.id(), k, from.slug(), form.into());
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            return chooseTarget(from, e.errors().get(0).code(), model);
        }
        redirect.addFlashAttribute("flash", "vocabulary.merged");
        return "redirect:/admin/vocabulary/" + k.slug();
    }

    private String list(VocabularyKind kind, FormView<TermForm> form, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", List.of(VocabularyKind.values()));
        model.addAttribute("terms", catalogue.all(kind));
        model.addAttribute("form", form);
        return "vocabulary/list";
    }

    private String edit(TermView term, FormView<TermForm> form, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("form", form);
        return "vocabulary/edit";
    }

    private String chooseTarget(TermView from, String problem, Model model) {
        model.addAttribute("from", from);
        model.addAttribute(
                "targets",
                catalogue.all(from.kind()).stream()
                        .filter(t -> !t.slug().equals(from.slug()))
                        .toList());
        model.addAttribute("problem", problem);
        return "vocabulary/merge";
    }

    private FormView<TermForm> rejected(TermForm form, FieldErrorsException e, Locale locale) {
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        e.errors().forEach(error -> result.rejectValue(error.field(), error.code()));
        return FormView.of(form, result, messages, locale);
    }

    private static VocabularyKind kind(String slug) {
        return VocabularyKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("No such list"));
    }

    /** The word this slug names now (an old slug finds its word). */
    private TermView term(VocabularyKind kind, String slug) {
        return catalogue.current(kind, slug).orElseThrow(() -> new NotFoundException("No such word"));
    }

    private TermView exact(VocabularyKind kind, String slug) {
        return catalogue.term(kind, slug).orElseThrow(() -> new NotFoundException("No such word"));
    }
}
