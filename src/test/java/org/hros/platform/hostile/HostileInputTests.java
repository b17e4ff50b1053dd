package org.hros.platform.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what an attacker would to every form and API write endpoint the application maps: NUL and other control
 * characters in every text, invalid UTF-8, oversized and chunked bodies, deeply nested JSON, wrong content types
 * and percent-encoded paths. None may answer 500 or log an ERROR, and every limit must still count.
 */
class HostileInputTests extends IntegrationTestBase {

    /** NUL, a bell, an escape sequence and a C1 control: what PostgreSQL or a terminal chokes on. */
    static final String HOSTILE = "a\u0000b\u0007c\u001b[31md\u0085e";

    /** A case id no test creates: writes to it answer 404, and nothing of another test's is touched. */
    static final String UNKNOWN_ID = "987654321";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    Person admin;
    UserDetails adminDetails;
    String ownDraft;

    @BeforeEach
    void signInAsAdmin() {
        admin = fixtures.member(MemberRole.ADMIN);
        adminDetails = accounts.loadUserByUsername(admin.email());
        ownDraft = String.valueOf(fixtures.draft(admin, "Hostile input target", Outcome.FAILURE, Topic.SOURCING));
    }

    /** Path variables: the admin's own draft under /cases, an unknown id elsewhere. */
    private BinaryOperator<String> ids() {
        return (path, variable) -> path.matches("(/api/v1)?/cases/\\{[^}]+}.*") ? ownDraft : UNKNOWN_ID;
    }

    @Test
    void everyWriteEndpointIsFound() {
        WriteEndpoints endpoints = WriteEndpoints.from(mappings);
        assertThat(endpoints.forms()).hasSizeGreaterThan(40);
        assertThat(endpoints.jsonBodies()).hasSizeGreaterThan(15);
        assertThat(endpoints.all().stream().map(WriteEndpoints.Endpoint::toString))
                .contains("POST /signup", "POST /verify/resend", "POST /api/v1/cases", "POST /circles");
    }

    @Test
    void controlCharactersInEveryTextNeverGiveA500() throws Exception {
        WriteEndpoints endpoints = WriteEndpoints.from(mappings);
        List<String> failures = new ArrayList<>();
        try (LogLines logs = new LogLines()) {
            for (WriteEndpoints.Endpoint endpoint : endpoints.forms()) {
                MockHttpServletRequestBuilder form = request(
                                HttpMethod.valueOf(endpoint.method()), endpoint.concretePath(ids()))
                        .with(user(adminDetails))
                        .with(csrf());
                for (String field : endpoint.fields()) {
                    form.param(field, HOSTILE);
                }
                expectNo500(endpoint + " (form)", form, failures);
            }
            for (WriteEndpoints.Endpoint endpoint : endpoints.jsonBodies()) {
                String body = json.writeValueAsString(WriteEndpoints.body(endpoint.json(), HOSTILE, 0));
                expectNo500(
                        endpoint + " (JSON)",
                        request(HttpMethod.valueOf(endpoint.method()), endpoint.concretePath(ids()))
                                .with(user(adminDetails))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body),
                        failures);
            }
            assertThat(failures).isEmpty();
            assertThat(logs.atLeast(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void malformedJsonBodiesNeverGiveA500() throws Exception {
        WriteEndpoints endpoints = WriteEndpoints.from(mappings);
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        String deepObject = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        List<String> failures = new ArrayList<>();
        try (LogLines logs = new LogLines()) {
            for (WriteEndpoints.Endpoint endpoint : endpoints.jsonBodies()) {
                String path = endpoint.concretePath(ids());
                HttpMethod method = HttpMethod.valueOf(endpoint.method());
                for (String body :
                        List.of(deep, deepObject, "{", "", "null", "[]", "\"\\u0000\"", "{\"title\":1e999999}")) {
                    expectNo500(
                            endpoint + " " + abbreviate(body),
                            jsonCall(method, path).content(body),
                            failures);
                }
                expectNo500(endpoint + " invalid UTF-8", jsonCall(method, path).content(invalidUtf8), failures);
                for (String type : List.of("text/plain", "application/yaml", "application/xml", "application/cbor")) {
                    expectNo500(
                            endpoint + " as " + type,
                            request(method, path)
                                    .with(user(adminDetails))
                                    .with(csrf())
                                    .contentType(type)
                                    .content("title: x"),
                            failures);
                }
            }
            assertThat(failures).isEmpty();
            assertThat(logs.atLeast(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void formsAndApiNameTheFieldWithControlCharacters() throws Exception {
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", "nul-" + System.nanoTime() + "@test.example")
                        .param("displayName", "Robin\u0000Tables")
                        .param("password", "a long enough passphrase")
                        .param("agree", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("control characters (such as NUL)")));
        mvc.perform(post("/api/v1/requests")
                        .with(user(adminDetails))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Sourcing \\u0000 nurses\",\"detail\":\"fine\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message", containsString("control characters")));
        mvc.perform(get("/verify").param("token", "abc\u0000")).andExpect(status().isBadRequest());
    }

    @Test
    void theApiTakesJsonOnly() throws Exception {
        mvc.perform(post("/api/v1/requests")
                        .with(user(adminDetails))
                        .contentType("application/yaml")
                        .content("title: Sourcing nurses\ndetail: How?\n"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/")).andExpect(header().string("Permissions-Policy", containsString("camera=()")));
    }

    @Test
    void malformedRequestsGetA400Or413AndOneWarnLine() throws Exception {
        RawHttp http = new RawHttp(port);
        String token = fixtures.token(admin);
        try (LogLines logs = new LogLines()) {
            RawHttp.Session signup = http.session("/signup");
            Map<String, String> form = Map.of(
                    "Cookie", signup.cookie(), "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            byte[] big = ("displayName=" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);

            assertThat(http.send("POST", "/signup", form, formBody(signup, "displayName=%zz&email=%"), false)
                            .status())
                    .isEqualTo(400);
            byte[] invalidUtf8 = concat(
                    formBody(signup, "email=a%40b.example&displayName="),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            assertThat(http.send("POST", "/signup", form, invalidUtf8, false).status())
                    .isBetween(200, 499);
            assertThat(http.send(
                                    "POST",
                                    "/signup",
                                    Map.of(
                                            "Cookie",
                                            signup.cookie(),
                                            "Content-Type",
                                            "application/x-www-form-urlencoded; charset=no-such-charset"),
                                    formBody(signup, "email=a%40b.example"),
                                    false)
                            .status())
                    .isEqualTo(400);
            assertThat(http.send("POST", "/signup", form, concat(formBody(signup, ""), big), true)
                            .status())
                    .isIn(400, 413);
            assertThat(http.send("POST", "/signup", form, concat(formBody(signup, ""), big), false)
                            .status())
                    .isEqualTo(413);
            // Tomcat drops a query parameter it cannot decode; the page answers as if it were missing.
            assertThat(http.send("GET", "/verify?token=%zz", Map.of(), null, false)
                            .status())
                    .isBetween(200, 499);
            assertThat(http.send("GET", "/verify?token=a%00b", Map.of(), null, false)
                            .status())
                    .isEqualTo(400);

            Map<String, String> api = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
            byte[] hugeJson = ("{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(http.send("POST", "/api/v1/requests", api, hugeJson, true)
                            .status())
                    .isEqualTo(413);
            assertThat(http.send("POST", "/api/v1/requests", api, hugeJson, false)
                            .status())
                    .isEqualTo(413);
            assertThat(http.send(
                                    "POST",
                                    "/api/v1/requests",
                                    Map.of(
                                            "Authorization",
                                            "Bearer " + token,
                                            "Content-Type",
                                            "application/json; charset=nonsense-8"),
                                    "{}".getBytes(StandardCharsets.UTF_8),
                                    false)
                            .status())
                    .isEqualTo(400);
            assertThat(http.send(
                                    "POST",
                                    "/api/v1/requests",
                                    api,
                                    new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                                    false)
                            .status())
                    .isEqualTo(400);
            assertThat(logs.atLeast(Level.ERROR)).isEmpty();
            assertThat(logs.atLeast(Level.WARN)).anyMatch(line -> line.contains("Refused a malformed"));
        }
    }

    @Test
    void percentEncodedPathsAreCountedAsTheRouteTheyReach() throws Exception {
        RawHttp http = new RawHttp(port);
        RawHttp.Session login = http.session("/login");
        Map<String, String> loginForm =
                Map.of("Cookie", login.cookie(), "Content-Type", "application/x-www-form-urlencoded");
        List<String> paths = List.of("/login", "/log%69n", "/%6Cogin", "/logi%6E");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(http.send(
                            "POST",
                            paths.get(i % paths.size()),
                            loginForm,
                            formBody(login, "email=victim%40test.example&password=guess" + i),
                            false)
                    .status());
        }
        assertThat(statuses.subList(0, 10)).doesNotContain(429);
        assertThat(statuses.get(10)).isEqualTo(429);

        RawHttp.Session signup = http.session("/signup");
        Map<String, String> signupForm =
                Map.of("Cookie", signup.cookie(), "Content-Type", "application/x-www-form-urlencoded");
        int last = 0;
        for (int i = 0; i < 6; i++) {
            last = http.send(
                            "POST",
                            i % 2 == 0 ? "/sign%75p" : "/%73ignup",
                            signupForm,
                            formBody(
                                    signup,
                                    "email=burst" + i + "-" + System.nanoTime()
                                            + "%40test.example&displayName=Burst&password=a+long+enough+passphrase"
                                            + "&agree=true"),
                            false)
                    .status();
            assertThat(last).as("sign-up %d", i).isNotEqualTo(i < 5 ? 429 : -1);
        }
        assertThat(last).isEqualTo(429);

        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        Map<String, String> api = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        int posted = 0;
        while (posted < 40
                && http.send("POST", "/api/v1/c%61ses", api, "{}".getBytes(StandardCharsets.UTF_8), false)
                                .status()
                        != 429) {
            posted++;
        }
        assertThat(posted).isEqualTo(30);

        fixtures.limits().reset();
        int circles = 0;
        while (circles < 40
                && http.send("POST", "/api/v1/c%69rcles", api, "{}".getBytes(StandardCharsets.UTF_8), false)
                                .status()
                        != 429) {
            circles++;
        }
        assertThat(circles).as("creating circles is limited too").isEqualTo(30);
    }

    private MockHttpServletRequestBuilder jsonCall(HttpMethod method, String path) {
        return request(method, path).with(user(adminDetails)).with(csrf()).contentType(MediaType.APPLICATION_JSON);
    }

    private void expectNo500(String what, MockHttpServletRequestBuilder call, List<String> failures) {
        fixtures.limits().reset();
        try {
            MvcResult result = mvc.perform(call).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                failures.add(what + " answered " + status);
            }
        } catch (Exception e) {
            failures.add(what + " threw " + e);
        }
    }

    private static byte[] formBody(RawHttp.Session session, String fields) {
        String csrf = "_csrf=" + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
        return (fields.isEmpty() ? csrf + "&" : csrf + "&" + fields).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String abbreviate(String body) {
        return body.length() > 20 ? body.substring(0, 20) + "…" : body;
    }
}
