package org.hros.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hros.dashboard.domain.CommunityDashboard;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The community dashboard for admins, as a page of charts and as CSV. */
@Controller
class CommunityDashboardController {

    private final CommunityDashboard dashboard;
    private final DashboardCsv csv;
    private final MessageSource messages;

    CommunityDashboardController(CommunityDashboard dashboard, DashboardCsv csv, MessageSource messages) {
        this.dashboard = dashboard;
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping("/admin/dashboard")
    String showDashboard(@RequestParam(required = false) String weeks, Model model, HttpServletResponse response) {
        int span = CommunityDashboard.SPANS.get(0);
        String problem = null;
        try {
            span = CommunityDashboard.span(weeks);
        } catch (FieldErrorsException e) {
            // The page still shows the default span, with the choice marked as the field to correct.
            response.setStatus(400);
            problem = e.errors().get(0).code();
        }
        model.addAttribute("dashboard", new DashboardView(dashboard.figures(span), CommunityDashboard.SPANS, problem));
        return "admin/dashboard";
    }

    @GetMapping("/admin/dashboard.csv")
    ResponseEntity<String> downloadFigures(@RequestParam(required = false) String weeks) {
        int span;
        try {
            span = CommunityDashboard.span(weeks);
        } catch (FieldErrorsException e) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body("weeks: " + messages.getMessage(e.errors().get(0).code(), null, Locale.ENGLISH) + "\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("hros-community-" + span + "-weeks.csv")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.write(dashboard.figures(span)));
    }
}
