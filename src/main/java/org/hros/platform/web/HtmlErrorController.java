package org.hros.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hros.platform.HrosProperties;
import org.hros.platform.db.DatabaseFaults;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop for every error the servlet container sees: a friendly page for people, a problem document
 * for API clients. Neither ever carries an exception's message or a stack trace.
 */
@Controller
class HtmlErrorController implements ErrorController {

    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 409, 410, 413, 429, 503);

    private final MessageSource messages;
    private final String baseUrl;

    private final org.springframework.beans.factory.ObjectProvider<org.hros.platform.SiteIdentity> site;

    HtmlErrorController(
            MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<org.hros.platform.SiteIdentity> site,
            HrosProperties hrosProperties) {
        this.messages = messages;
        this.site = site;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        int status = status(request);
        response.setStatus(status);
        int shown = KNOWN.contains(status) ? status : 500;
        return new ModelAndView(
                "error",
                Map.of(
                        "ctx",
                        PageContextAdvice.create(request, messages, locale, baseUrl, site.getIfAvailable()),
                        "error",
                        new ErrorView(shown, reason(request, shown), retryAfter(response, status))),
                HttpStatus.valueOf(status));
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> errorDocument(
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        int status = status(request);
        int shown = KNOWN.contains(status) ? status : 500;
        ErrorView error = new ErrorView(shown, reason(request, shown), retryAfter(response, status));
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(error.titleKey(), null, locale));
        String detail = messages.getMessage(error.textKey(), null, locale);
        if (error.saysWhenToRetry()) {
            detail += " " + messages.getMessage(error.retryKey(), new Object[] {error.retryAmount()}, locale);
        }
        problem.setDetail(detail);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A reason HROS itself gave for refusing, such as a silenced member posting; never an exception's message. */
    private static String reason(HttpServletRequest request, int status) {
        if (status == 503
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseFaults.isOutage(failure)) {
            return "database";
        }
        Object reason = request.getAttribute(SilenceGuard.REASON);
        if (status == 403 && (SilenceGuard.SILENCED.equals(reason) || SilenceGuard.AWAITING_APPROVAL.equals(reason))) {
            return reason.toString();
        }
        return null;
    }

    /**
     * The wait a refusal set in {@code Retry-After} (in seconds, as HROS writes it), or 0 when it set none. A 503
     * that set none (a database that could not answer) asks for the time the embedded database needs to come back,
     * in the header and so on the page.
     */
    private static long retryAfter(HttpServletResponse response, int status) {
        String header = response.getHeader(HttpHeaders.RETRY_AFTER);
        if (header != null && header.matches("\\d{1,9}")) {
            return Long.parseLong(header);
        }
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutageFilter.RETRY_AFTER_SECONDS));
            return DatabaseOutageFilter.RETRY_AFTER_SECONDS;
        }
        return 0;
    }

    /** A database that could not answer in time is a 503 (see {@link DatabaseOutageFilter}), not a 500. */
    private static int status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseFaults.isOutage(failure)) {
            return 503;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && i >= 400 ? i : 500;
    }
}
