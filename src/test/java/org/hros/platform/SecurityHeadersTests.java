package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

class SecurityHeadersTests extends IntegrationTestBase {

    @Test
    void pagesCarryAStrictPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("default-src 'self'"),
                                        containsString("script-src 'self';"),
                                        containsString("frame-ancestors 'none'"),
                                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws Exception {
        mvc.perform(get("/signup"))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> fetch(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void errorPagesAreFriendlyAndRevealNothing() throws Exception {
        HttpResponse<String> missing = fetch("/cases/123456789", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("Page not found", "href=\"/cases\"")
                .doesNotContain("Exception", "No such case");
        HttpResponse<String> bad = fetch("/cases?topic=astrology", "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("That request did not make sense").doesNotContain("astrology", "Exception");
        assertThat(fetch("/cases/not-a-number", "text/html").statusCode()).isEqualTo(404);
        HttpResponse<String> api = fetch("/api/v1/cases/123456789", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).doesNotContain("Exception", "trace");
    }

    @Test
    void signedInAreasSendStrangersToLogIn() throws Exception {
        mvc.perform(get("/my/cases").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/review").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
    }

    @Test
    void healthIsOpenAndMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }
}
