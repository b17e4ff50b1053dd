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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.hros.casestudy.Outcome;
import org.hros.exercise.domain.PeerReviews;
import org.hros.exercise.domain.Practice;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.radar.domain.PracticeCommand;
import org.hros.radar.domain.Practices;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.team.domain.TeamAssignments;
import org.hros.team.domain.TeamService;
import org.hros.track.StepCommand;
import org.hros.track.StepKind;
import org.hros.track.TrackCommand;
import org.hros.track.TrackSamples;
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

    static final String CONTROL_MESSAGE = "control characters (such as NUL)";

    private static final String CONTROL_CODE = "input.controlCharacters";

    /**
     * Forms whose text is no field a person types into, so there is no field to put a message next to; a control
     * character there is a malformed request and gets the 400 page.
     */
    static final Map<String, String> TEXT_NOT_ON_A_FORM = Map.ofEntries(
            Map.entry("POST /password-reset/new", "the token is a hidden field; a bad one is the expired-link page"),
            Map.entry("POST /verify", "the token is a hidden field; a bad one is the used-or-expired link page"),
            Map.entry("POST /verify/resend", "answers alike for every address, so as not to tell which exist"),
            Map.entry("POST /discussion/{type}/{id:\\d+}/follow", "the state is a button's value, not typed"),
            Map.entry(
                    "POST /flags",
                    "the item is named by hidden fields, so an unknown one is a 404; FlagModerationTests sends control"
                            + " characters in the note of a real flag"));

    /** Case fields only the one-page form (a spark) shows. */
    static final java.util.Set<String> SPARK_ONLY = java.util.Set.of("why", "what", "how", "learnings");

    /** A built-in exercise whose attempts are peer-reviewed. */
    static final String REVIEWED_EXERCISE = "candidate-email-rewrite";

    /** A case id no test creates: writes to it answer 404, and nothing of another test's is touched. */
    static final String UNKNOWN_ID = "987654321";

    @Autowired
    org.hros.webhook.domain.Webhooks webhooks;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Autowired
    TrackSamples trackSamples;

    @Autowired
    Practice practice;

    @Autowired
    PeerReviews peerReviews;

    @Autowired
    Practices practices;

    @Autowired
    LiveSessions liveSessions;

    @Autowired
    MemberDirectory directory;

    @Autowired
    org.hros.practice.domain.GoalService goalService;

    @Autowired
    org.hros.practice.domain.CheckInResponses checkInResponses;

    @Autowired
    TeamService teams;

    @Autowired
    TeamAssignments assignments;

    Person admin;
    UserDetails adminDetails;
    String ownDraft;

    @BeforeEach
    void signInAsAdmin() {
        admin = fixtures.member(MemberRole.ADMIN);
        adminDetails = accounts.loadUserByUsername(admin.email());
        ownDraft = String.valueOf(fixtures.draft(admin, "Hostile input target", Outcome.FAILURE, Topic.of("sourcing")));
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
    void everyFormAnswersControlCharactersWithTheFieldsMessage() throws Exception {
        Map<String, String> ids = targets();
        List<String> failures = new ArrayList<>();
        for (WriteEndpoints.Endpoint endpoint : WriteEndpoints.from(mappings).forms()) {
            if (endpoint.texts().isEmpty() || endpoint.isApi() || TEXT_NOT_ON_A_FORM.containsKey(endpoint.toString())) {
                continue;
            }
            String path = endpoint.concretePath((route, variable) ->
                    route.matches("(/my|/review)?/cases/\\{id}.*|/review/\\{id}.*")
                            ? ownDraft
                            : route.startsWith("/discussion/replies/")
                                    ? ids.get("reply")
                                    : ids.getOrDefault(prefixed(route, variable.replaceFirst(":.*", "")), UNKNOWN_ID));
            for (String field : endpoint.texts()) {
                if (field.equals("action")) {
                    continue; // the name of the button pressed, not typed: an unknown one is a 400
                }
                fixtures.limits().reset();
                MvcResult result = mvc.perform(request(HttpMethod.valueOf(endpoint.method()), path)
                                .with(user(adminDetails))
                                .with(csrf())
                                .param(field, "Before\u0000after")
                                .param("type", SPARK_ONLY.contains(field) ? "SPARK" : "CASE_STUDY"))
                        .andReturn();
                String answer = answer(result);
                if (answer != null) {
                    failures.add(endpoint + " " + field + ": " + answer);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Null when the form came back with the control-character message, else what came instead. */
    private static String answer(MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String type = String.valueOf(result.getResponse().getContentType());
        if (result.getFlashMap().get("problem") != null) {
            return CONTROL_CODE.equals(result.getFlashMap().get("problem"))
                    ? null
                    : "flash " + result.getFlashMap().get("problem");
        }
        if ((status == 200 || status == 400 || status == 422)
                && type.startsWith("text/html")
                && result.getResponse().getContentAsString().contains(CONTROL_MESSAGE)) {
            return null;
        }
        return status + " " + type + " " + result.getResponse().getRedirectedUrl();
    }

    /** Real targets for the forms under a circle, a thread, a goal or a request. */
    private Map<String, String> targets() throws Exception {
        String circle = idIn(created(post("/circles")
                .param("name", "Hostile circle " + System.nanoTime())
                .param("purpose", "Testing what attackers send")
                .param("sizeLimit", "12")
                .param("noteRetentionDays", "30")));
        String thread = idIn(created(post("/circles/" + circle + "/threads")
                .param("title", "A clinic")
                .param("body", "What do you think?")));
        String goal = idIn(created(post("/goals")
                .param("title", "Hire faster")
                .param("description", "Cut time to hire")
                .param("visibility", "ONLY_ME")));
        String request = idIn(created(post("/requests")
                .param("title", "Sourcing nurses in rural areas")
                .param("description", "How do others find nurses where few live?")
                .param("topics", "sourcing")));
        String reply = idIn(created(
                post("/discussion/REQUEST/" + request + "/replies").param("body", "We drove to the nursing schools.")));
        long checkIn = goalService.checkIn(Long.parseLong(goal), admin.id(), "Halfway there", null);
        long comment = checkInResponses.comment(Long.parseLong(goal), checkIn, admin.id(), "Keep going");
        Map<String, String> targets = new java.util.HashMap<>(newerTargets());
        targets.put("checkInId", String.valueOf(checkIn));
        targets.put("kind", "topic");
        targets.put("/admin/vocabulary/slug", "sourcing");
        targets.put(
                "/admin/webhooks/id",
                String.valueOf(webhooks.create(
                                admin.id(),
                                new org.hros.webhook.domain.WebhookCommand(
                                        "https://hooks.example.org/hostile",
                                        "Hostile input",
                                        java.util.Set.of(org.hros.webhook.domain.WebhookEventType.CASE_PUBLISHED)))
                        .id()));
        targets.put("commentId", String.valueOf(comment));
        targets.putAll(Map.of(
                "circleId",
                circle,
                "threadId",
                thread,
                "goalId",
                goal,
                "id",
                request,
                "type",
                "request",
                "reply",
                reply));
        return targets;
    }

    /** Variables two kinds of page share ({@code slug}, {@code id}) are told apart by the route they are in. */
    private static String prefixed(String route, String variable) {
        for (String prefix : List.of(
                "/exercises/",
                "/tracks/",
                "/review/radar/blips/",
                "/review/radar/practices/",
                "/sessions/",
                "/admin/webhooks/",
                "/admin/vocabulary/")) {
            if (route.startsWith(prefix) && (variable.equals("slug") || variable.equals("id"))) {
                return prefix + variable;
            }
        }
        return variable;
    }

    /**
     * Real targets for the newer modules' forms: a published track the admin composed, with a step; a built-in
     * exercise, with another member's attempt offered for review after the admin tried it too; a radar blip and
     * practice; a live session; and a team the admin leads, with an assignment.
     */
    private Map<String, String> newerTargets() {
        String track = trackSamples.publishSample(
                admin.id(),
                new TrackCommand(
                        "Hostile track " + System.nanoTime(),
                        Skill.of("writing"),
                        "A track to send what attackers would to its forms.",
                        true,
                        List.of(new StepCommand(
                                StepKind.TEXT,
                                null,
                                null,
                                null,
                                "Read first",
                                "Read the **brief** before you write.",
                                "Why this step comes first.",
                                "What did you notice?"))));
        Person peer = fixtures.member(MemberRole.MEMBER);
        long attempt = practice.attempt(REVIEWED_EXERCISE, peer.id(), "Thanks for applying. It is a no.", Map.of());
        peerReviews.offer(REVIEWED_EXERCISE, attempt, peer.id());
        practice.attempt(REVIEWED_EXERCISE, admin.id(), "Thank you for your time; we chose another.", Map.of());
        long practiceId = practices.add(new PracticeCommand(
                "Hostile practice " + System.nanoTime(),
                "A practice the community tries.",
                Quadrant.values()[0],
                java.util.Set.of(),
                java.util.Set.of(),
                List.of("hostile" + System.nanoTime())));
        long session = liveSessions.schedule(
                admin.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        "Hostile clinic",
                        "We work through what attackers send.",
                        java.time.Instant.now()
                                .plus(java.time.Duration.ofDays(3))
                                .truncatedTo(ChronoUnit.MINUTES),
                        60,
                        20,
                        "https://meet.example/hros",
                        null,
                        null,
                        List.of(directory.find(admin.id()).orElseThrow().handle()),
                        java.util.Set.of(Topic.of("sourcing"))));
        long team = teams.create(admin.id(), "Hostile team " + System.nanoTime(), "Testing what attackers send");
        long assignment =
                assignments.assign(team, admin.id(), track, LocalDate.now().plusDays(14));
        return Map.of(
                "/exercises/slug",
                REVIEWED_EXERCISE,
                "attemptId",
                String.valueOf(attempt),
                "/tracks/slug",
                track,
                "position",
                "1",
                "kind",
                "topic",
                "/review/radar/blips/slug",
                Topic.of("sourcing").slug(),
                "/review/radar/practices/id",
                String.valueOf(practiceId),
                "/sessions/id",
                String.valueOf(session),
                "teamId",
                String.valueOf(team),
                "assignmentId",
                String.valueOf(assignment));
    }

    private String created(MockHttpServletRequestBuilder form) throws Exception {
        fixtures.limits().reset();
        MvcResult result =
                mvc.perform(form.with(user(adminDetails)).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as(result.getResponse().getContentAsString())
                .isNotNull();
        return result.getResponse().getRedirectedUrl();
    }

    private static String idIn(String url) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d+)(?!.*\\d)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
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
            // Tomcat would drop a query parameter it cannot decode, and the page would answer as if it were missing.
            for (String target : List.of("/verify?token=%zz", "/search?q=%E0%A4", "/verify?token=%", "/?a=%C3%28")) {
                RawHttp.Reply page = http.send("GET", target, Map.of("Accept", "text/html"), null, false);
                assertThat(page.status()).as(target).isEqualTo(400);
                assertThat(page.head()).as(target).containsIgnoringCase("Content-Type: text/html");
                assertThat(page.body()).as(target).contains("<html");
            }
            RawHttp.Reply problem = http.send(
                    "GET",
                    "/api/v1/requests?q=%E0%A4",
                    Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
                    null,
                    false);
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.head()).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(http.send("GET", "/?q=%E2%82%AC+caf%C3%A9", Map.of(), null, false)
                            .status())
                    .as("well-formed escapes still pass")
                    .isEqualTo(200);
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
        RawHttp.Reply last = null;
        String burst = "burst-" + System.nanoTime() + "%40test.example";
        for (int i = 0; i < 6; i++) {
            last = http.send(
                    "POST",
                    i % 2 == 0 ? "/sign%75p" : "/%73ignup",
                    signupForm,
                    formBody(
                            signup,
                            "email=" + burst + "&displayName=Burst&password=a+long+enough+passphrase&agree=true"),
                    false);
            assertThat(last.status()).as("sign-up %d", i).isNotEqualTo(i < 5 ? 429 : -1);
        }
        assertThat(last.status()).isEqualTo(429);
        // The refusal says how long to wait, in the header and on the page.
        assertThat(last.head()).containsPattern("(?i)Retry-After: \\d+");
        assertThat(last.body()).containsPattern("You can try again in (\\d+ minutes|one minute|one hour)");

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
