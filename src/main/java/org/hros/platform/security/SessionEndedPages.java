package org.hros.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.hros.platform.web.KeptForms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What a page (anything outside {@code /api/**}) gets when Spring Security refuses a request: never a JSON
 * problem document. A form posted after its sender's session ended (the CSRF token or the log-in went with the
 * session) is kept, and its sender sent to log in and back to it ({@code /kept}); any other refusal is the
 * friendly 403 page.
 *
 * <p>Only forms that the sender's own browser posted from an HROS page are kept: a form posted from another site
 * is a forgery, and keeping it would let that site put words into a member's draft.
 */
class SessionEndedPages implements AccessDeniedHandler, AuthenticationEntryPoint {

    private final KeptForms kept;
    private final URI baseUrl;
    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    SessionEndedPages(KeptForms kept, String baseUrl) {
        this.kept = kept;
        this.baseUrl = URI.create(baseUrl);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException && isWrite(request)) {
            if (isAccountForm(request)) {
                // The log-in (or log-out) page was left open until its session ended: nothing worth keeping.
                redirect(request, response, "/login?expired");
                return;
            }
            if (fromThisSite(request)) {
                if (!keepAndCollectAfterLogIn(request, response)) {
                    // Nothing says whose form this is, so it cannot be kept: at least say why it failed.
                    redirect(request, response, "/login?ended-session");
                }
                return;
            }
        }
        response.sendError(403);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (isWrite(request)
                && !isAccountForm(request)
                && fromThisSite(request)
                && keepAndCollectAfterLogIn(request, response)) {
            return;
        }
        login.commence(request, response, e);
    }

    private boolean keepAndCollectAfterLogIn(HttpServletRequest request, HttpServletResponse response) {
        if (!kept.keep(request, response)) {
            return false;
        }
        redirect(request, response, "/kept");
        return true;
    }

    /** A redirect that htmx (an autosave, a preview) follows with a full page load, not inside the page. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(200);
            response.setHeader("HX-Redirect", path);
            return;
        }
        response.setStatus(303);
        response.setHeader("Location", path);
    }

    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    private static boolean isAccountForm(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.equals("/logout");
    }

    /**
     * Whether the browser says the form came from an HROS page: {@code Sec-Fetch-Site} where the browser sends it,
     * else the {@code Origin} (or, failing that, the {@code Referer}) compared with this request's own origin and
     * the configured base address.
     */
    private boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return false;
        }
        try {
            URI sender = URI.create(origin);
            return sameOrigin(sender, URI.create(request.getRequestURL().toString())) || sameOrigin(sender, baseUrl);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
