package org.hros.operations.web;

import org.hros.operations.domain.OperationsReport;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The operations page for admins: read-only, refreshed by following its own link. */
@Controller
class OperationsController {

    private final OperationsReport report;

    OperationsController(OperationsReport report) {
        this.report = report;
    }

    @GetMapping("/admin/operations")
    String showOperations(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("operations", report.report());
        return "admin/operations";
    }
}
