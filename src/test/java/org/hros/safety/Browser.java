package org.hros.safety;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor over real HTTP, as a browser or an API client would be: its own cookies, redirects not followed
 * (so that every {@code Location} is seen), and optionally a personal access token.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String name;
    private final URI origin;
    private final String bearer;
    private final HttpClient client;
    private final AtomicInteger requests = new AtomicInteger();

    private Browser(String name, URI origin, String bearer) {
        this.name = name;
        this.origin = origin;
        this.bearer = bearer;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A visitor who has not logged in. */
    static Browser loggedOut(URI origin) {
        return new Browser("logged-out visitor", origin, null);
    }

    /** An API client sending a member's personal access token. */
    static Browser withToken(URI origin, String who, String token) {
        return new Browser(who + " (access token)", origin, token);
    }

    /** A member logged in through the log-in form, as a person would: the session lives in the cookie jar. */
    static Browser loggedIn(URI origin, String who, String email, String password) {
        Browser browser = new Browser(who, origin, null);
        HttpResponse<String> form = browser.get("/login");
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new AssertionError("No log-in form with a CSRF token at /login: " + form.statusCode());
        }
        HttpResponse<String> done = browser.post(
                "/login",
                "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1)));
        String location = done.headers().firstValue("Location").orElse("");
        if (done.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("Logging in as " + who + " failed: " + done.statusCode() + " to " + location);
        }
        return browser;
    }

    String name() {
        return name;
    }

    URI origin() {
        return origin;
    }

    int requests() {
        return requests.get();
    }

    HttpResponse<String> get(String target, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(target))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.GET());
    }

    HttpResponse<String> post(String target, String form) {
        return send(HttpRequest.newBuilder(resolve(target))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        requests.incrementAndGet();
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String target) {
        return target.startsWith("http") ? URI.create(target) : origin.resolve(target);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
