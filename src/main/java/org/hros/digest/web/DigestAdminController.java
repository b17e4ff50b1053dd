package org.hros.digest.web;

import org.hros.digest.domain.DigestProgress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins follow the latest digest run: due, queued, sent, failed. Under {@code /admin}, so admins only. */
@Controller
class DigestAdminController {

    private final DigestProgress progress;

    DigestAdminController(DigestProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/admin/digest")
    String showDigestRun(Model model) {
        model.addAttribute("run", progress.latest().orElse(null));
        return "digest/admin";
    }
}
