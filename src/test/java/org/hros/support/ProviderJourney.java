package org.hros.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's visit over real HTTP: its own cookies for HROS and for the provider, redirects followed one by
 * one, and the provider's log-in form filled in when it asks. What a person's browser does, without JavaScript.
 */
public final class ProviderJourney {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI hros;

    public ProviderJourney(int hrosPort) {
        this.hros = URI.create("http://127.0.0.1:" + hrosPort);
    }

    /**
     * Clicks "Log in with …" on HROS, logs in at the provider as {@code username} if it asks, and follows the
     * redirects back to HROS; returns where HROS sends the person after its callback (a path, with its query), or
     * {@code "HTTP <status>"} when HROS answers the callback with no redirect.
     */
    public String logIn(String username) throws IOException, InterruptedException {
        return logIn(username, TestProvider.REGISTRATION);
    }

    /** The same, through the provider HROS knows under another registration. */
    public String logIn(String username, String registration) throws IOException, InterruptedException {
        URI next = hros.resolve("/oauth2/authorization/" + registration);
        for (int hop = 0; hop < 12; hop++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(next).GET());
            boolean callback = next.getPath().startsWith("/login/oauth2/code/");
            if (response.statusCode() == 200
                    && next.getHost().equals("localhost")
                    && next.getPath().equals("/login")) {
                response = post(next, Map.of("username", username, "password", TestProvider.PASSWORD), csrf(response));
            }
            if (callback && (response.statusCode() < 300 || response.statusCode() > 399)) {
                return "HTTP " + response.statusCode();
            }
            assertThat(response.statusCode())
                    .as("a redirect from " + next.getHost() + next.getPath())
                    .isBetween(300, 399);
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            if (callback) {
                return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            }
        }
        throw new AssertionError("The log-in through the provider never came back to HROS");
    }

    /**
     * Forgets the provider's cookies, as after logging out there: the provider asks who logs in next time, while
     * HROS's session is kept.
     */
    public void forgetProvider() {
        var store = cookies.getCookieStore();
        for (URI uri : store.getURIs()) {
            if ("localhost".equals(uri.getHost())) {
                store.get(uri).forEach(cookie -> store.remove(uri, cookie));
            }
        }
    }

    /** A page of HROS, as this browser sees it. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(hros.resolve(path)).GET());
    }

    /** Posts a form to HROS with the CSRF token of the page it was on, as the browser would. */
    public HttpResponse<String> post(String path, HttpResponse<String> page, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(hros.resolve(path), fields, csrf(page));
    }

    private HttpResponse<String> post(URI uri, Map<String, String> fields, String csrf)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
        return token.group(1).replace("&#45;", "-").replace("&#x2d;", "-");
    }
}
