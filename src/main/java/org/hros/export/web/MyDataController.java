package org.hros.export.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.hros.export.domain.MyDataExports;
import org.hros.member.MemberPrincipal;
import org.hros.platform.RateLimitExceededException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "My data" in the member's settings: what the archive holds, and a button that downloads it. The download is a
 * POST (with its CSRF token), so that no link or image elsewhere can start one.
 */
@Controller
class MyDataController {

    private final MyDataExports exports;

    MyDataController(MyDataExports exports) {
        this.exports = exports;
    }

    @GetMapping("/settings/data")
    String showMyData(Model model) {
        model.addAttribute("files", exports.files());
        return "export/myData";
    }

    @PostMapping("/settings/data/export")
    String downloadMyData(
            @AuthenticationPrincipal MemberPrincipal me, Model model, Locale locale, HttpServletResponse response)
            throws IOException {
        try {
            exports.begin(me.id());
        } catch (RateLimitExceededException e) {
            response.setStatus(429);
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
            model.addAttribute("files", exports.files());
            model.addAttribute("retryMinutes", Math.max(1, (e.retryAfter().toSeconds() + 59) / 60));
            return "export/myData";
        }
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(exports.fileName())
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        exports.write(me.id(), response.getOutputStream(), locale);
        response.flushBuffer();
        return null;
    }
}
