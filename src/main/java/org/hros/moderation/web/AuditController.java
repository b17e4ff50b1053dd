package org.hros.moderation.web;

import org.hros.moderation.AuditLog;
import org.hros.shared.PageView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins read the audit log. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String showAuditLog(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", audit.entries(PageView.normalise(page), PAGE_SIZE));
        return "admin/audit";
    }
}
