package org.hros.search.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hros.platform.web.FormErrors;
import org.hros.search.domain.indexing.IndexMaintenance;
import org.hros.search.domain.query.Synonyms;
import org.hros.shared.FieldErrorsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins rebuild the index, watch its progress and add synonyms of their own. */
@Controller
class SearchAdminController {

    private final IndexMaintenance maintenance;
    private final Synonyms synonyms;

    SearchAdminController(IndexMaintenance maintenance, Synonyms synonyms) {
        this.maintenance = maintenance;
        this.synonyms = synonyms;
    }

    @GetMapping("/admin/search")
    String showSearchAdmin(Model model) {
        model.addAttribute(
                "admin", new SearchAdminView(maintenance.status(), synonyms.extras(), synonyms.shippedGroups(), null));
        return "admin/search";
    }

    @GetMapping("/admin/search/progress")
    String progress(Model model) {
        model.addAttribute("status", maintenance.status());
        return "admin/searchProgress";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(@RequestParam(required = false) Boolean reread, RedirectAttributes redirect) {
        boolean started = Boolean.TRUE.equals(reread) ? maintenance.rebuildFromLibrary() : maintenance.rebuild();
        redirect.addFlashAttribute("flash", started ? "search.admin.started" : "search.admin.running");
        return "redirect:/admin/search";
    }

    @PostMapping("/admin/search/synonyms")
    String saveSynonyms(
            SynonymsForm form,
            BindingResult binding,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        String synonyms = form.synonyms();
        try {
            FormErrors.raise(binding);
            this.synonyms.saveExtras(synonyms);
        } catch (FieldErrorsException e) {
            response.setStatus(400);
            model.addAttribute(
                    "admin",
                    new SearchAdminView(
                            maintenance.status(),
                            synonyms == null ? "" : synonyms,
                            this.synonyms.shippedGroups(),
                            e.errors().get(0).code()));
            return "admin/search";
        }
        redirect.addFlashAttribute("flash", "search.admin.synonyms.saved");
        return "redirect:/admin/search";
    }

    /** The admin's own synonym groups, one group a line. */
    record SynonymsForm(String synonyms) {}
}
