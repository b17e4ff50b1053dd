package org.hros.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hros.platform.db.DatabaseFaults;
import org.hros.platform.db.DatabaseOutageLog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first filter of every request: when the database cannot answer in time (down, stalled, restarting), whatever
 * the request was doing (reading its session, checking a rate limit, rendering a page) ends here as a 503 with
 * {@code Retry-After}: a friendly page for people, a problem document for the API. It stands before the session and
 * security filters because they read PostgreSQL too, and its answer reads nothing from it: no session, no signed-in
 * member, no CSRF token. The failure is logged once per cause and minute ({@link DatabaseOutageLog}).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** Seconds a client is asked to wait; the embedded database is back within about ten after a crash. */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;

    DatabaseOutageFilter(TemplateEngine templates, MessageSource messages, String baseUrl) {
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFaults.isOutage(e)) {
                throw e;
            }
            DatabaseOutageLog.record(request.getMethod() + " " + request.getRequestURI(), e);
            // A response already on its way (a session saved as a redirect went out) cannot be changed; the client
            // has it, and the container would only add a stack trace.
            if (!response.isCommitted()) {
                answer(request, response);
            }
        }
    }

    /** Answers 503 for a request the database could not serve; the response must not be committed yet. */
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.SITE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale locale = Locale.ENGLISH;
        ErrorView error = new ErrorView(503, "database", RETRY_AFTER_SECONDS);
        if (wantsProblem(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(problem(error, locale));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        StringOutput page = new StringOutput();
        templates.render("error.jte", Map.of("ctx", emptyContext(request, locale), "error", error), page);
        response.getWriter().write(page.toString());
    }

    /** A page frame for nobody in particular: the member and the CSRF token live in the session, out of reach. */
    private PageContext emptyContext(HttpServletRequest request, Locale locale) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PageContext(
                null, null, path, messages, locale, Map.of(), Set.of(), baseUrl, id -> false, id -> false, null);
    }

    private String problem(ErrorView error, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(error.titleKey(), null, locale));
        problem.put("status", 503);
        problem.put("detail", messages.getMessage(error.textKey(), null, locale));
        return JSON.writeValueAsString(problem);
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }
}
