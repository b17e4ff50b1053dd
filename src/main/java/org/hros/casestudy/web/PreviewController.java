package org.hros.casestudy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.hros.casestudy.Section;
import org.hros.platform.web.FormView;
import org.hros.shared.MarkdownRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The preview of a case's sections while it is written, rendered by the same Markdown renderer and sanitiser
 * that publish it: one section in place (htmx), or every section on a page of its own without JavaScript.
 * Nothing is saved. Rate-limited like posting.
 */
@Controller
class PreviewController {

    private final MessageSource messages;

    PreviewController(MessageSource messages) {
        this.messages = messages;
    }

    /** Which section to preview: a section's key, or none for all of them. */
    record PreviewChoice(String preview) {}

    @PostMapping("/cases/preview")
    String previewSections(
            CaseForm form,
            BindingResult result,
            PreviewChoice choice,
            BindingResult choiceResult,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<String> problems = new java.util.ArrayList<>(
                FormView.of(choice, choiceResult, messages, locale).fieldErrors());
        problems.addAll(FormView.of(form, result, messages, locale).fieldErrors());
        List<PreviewView.SectionPreview> sections = List.of();
        if (problems.isEmpty()) {
            List<Section> chosen =
                    Section.of(form.type() == null ? org.hros.casestudy.CaseType.CASE_STUDY : form.type()).stream()
                            .filter(s -> choice.preview() == null
                                    || choice.preview().isBlank()
                                    || s.key().equals(choice.preview()))
                            .toList();
            sections = chosen.stream()
                    .filter(s -> chosen.size() == 1 || !form.text(s).isBlank())
                    .map(s -> new PreviewView.SectionPreview(s, MarkdownRenderer.toSafeHtml(form.text(s))))
                    .toList();
        } else {
            // Same status as the form it came from would give for the same text.
            response.setStatus(htmx != null ? 422 : 400);
        }
        model.addAttribute("preview", new PreviewView(form.title(), sections, problems));
        return htmx != null ? "cases/previewPanel" : "cases/preview";
    }
}
