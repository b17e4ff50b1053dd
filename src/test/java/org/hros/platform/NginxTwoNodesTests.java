package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.ChildHros;
import org.hros.support.LoopbackNginx;
import org.hros.support.MutableClock;
import org.hros.support.OpenSearchTestNode;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Fixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two HROS processes behind a loopback nginx, as docs/deploy.md sets them up: one PostgreSQL (the embedded one of
 * this test's application, which only sets scenes and reads rows and takes no traffic), one OpenSearch node shared by
 * all (the {@code opensearch} profile), and nginx round-robin in front. Through the proxy: a session goes on when the
 * node that began it is killed with SIGKILL, the log-in allowance counts failures on both nodes, an embargoed case is
 * published once, a publication on one node is read on the other within the documented bound, and no write
 * acknowledged while a node is killed under load is lost.
 *
 * <p>Tagged {@code slow} (seven minutes on a busy two-core machine: three HROS and an OpenSearch start): run it with
 * {@code ./mvnw -Pbench test -Dtest=NginxTwoNodesTests}. Skipped, with the reason, where nginx is not installed.
 */
@Tag("slow")
@SpringBootTest
@ActiveProfiles({"test", "opensearch"})
@Import(TestFixtures.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxTwoNodesTests {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static OpenSearchTestNode openSearch;
    private static ChildHros first;
    private static ChildHros second;
    private static LoopbackNginx nginx;
    private static Path runDir;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void nginxIsInstalled() {
        assumeTrue(
                LoopbackNginx.binary().isPresent(),
                "nginx is not installed (apt-get install -y nginx): the two-node test needs it in front");
    }

    @DynamicPropertySource
    static void sharedSearch(DynamicPropertyRegistry registry) {
        registry.add("hros.search.opensearch.uris", () -> openSearch().uri());
        registry.add("spring.mail.port", TestMail::port);
    }

    private static synchronized OpenSearchTestNode openSearch() {
        if (openSearch == null) {
            openSearch = OpenSearchTestNode.start();
        }
        return openSearch;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (ChildHros node : new ChildHros[] {first, second}) {
            if (node != null) {
                node.kill(false);
            }
        }
        if (openSearch != null) {
            openSearch.close();
        }
    }

    @BeforeEach
    void twoNodesBehindNginx() throws Exception {
        fixtures.limits().reset();
        clock.reset();
        if (nginx != null) {
            return;
        }
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        runDir = Paths.get("target", "nginx-two-nodes", UUID.randomUUID().toString())
                .toAbsolutePath();
        Files.createDirectories(runDir);
        // nginx's port is chosen before the nodes start, so that their base address is the proxy's.
        int proxyPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            proxyPort = socket.getLocalPort();
        }
        first = node("first", url, proxyPort);
        second = node("second", url, proxyPort);
        first.awaitReady(START_TIMEOUT);
        second.awaitReady(START_TIMEOUT);
        nginx = LoopbackNginx.start(runDir.resolve("nginx"), proxyPort, first.port(), second.port());
    }

    private ChildHros node(String name, String url, int proxyPort) throws Exception {
        return ChildHros.launch(
                name,
                runDir.resolve(name),
                runDir,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.profiles.active=opensearch",
                "--hros.search.opensearch.uris=" + openSearch().uri(),
                "--server.forward-headers-strategy=native",
                "--hros.base-url=http://127.0.0.1:" + proxyPort,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port(),
                "--hros.embargo.check-interval=1s",
                // The writers below post far more than a member may in ten minutes; the log-in allowance stays.
                "--hros.rate-limit.post.requests=100000",
                "--hros.rate-limit.post-from-address.requests=100000",
                "--hros.rate-limit.new-member-post.requests=100000");
    }

    @Test
    @Order(1)
    void theLogInAllowanceCountsFailuresThroughBothNodes() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Browser browser = new Browser();
        String csrf = csrfOf(browser.get("/login").body());

        List<Integer> statuses = new ArrayList<>();
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> response =
                    browser.post("/login", "email", member.email(), "password", "not the password " + i, "_csrf", csrf);
            statuses.add(response.statusCode());
            response.headers().firstValue("X-Upstream").ifPresent(nodes::add);
        }
        assertThat(nodes).as("nginx sent the attempts to both nodes").hasSize(2);
        // Ten log-ins per five minutes for one account: six through each node would all pass if each counted its own.
        assertThat(statuses.subList(0, 10))
                .as("the allowance, across both nodes")
                .containsOnly(302);
        assertThat(statuses.subList(10, 12)).as("over the allowance").containsOnly(429);
    }

    @Test
    @Order(2)
    void anEmbargoedCaseIsPublishedOnceWhileBothNodesRunTheJob() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.withRelease(
                                TestFixtures.completeCase(
                                        "Relocation packages nobody took up",
                                        Outcome.FAILURE,
                                        Topic.of("sourcing"),
                                        AttributionMode.NAMED),
                                null,
                                clock.instant().plus(Duration.ofDays(2))));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        assertThat(fixtures.reviews().publish(id, editor.id())).isEqualTo(CaseStatus.SCHEDULED);
        // Both nodes look every second.
        jdbc.sql("update case_study set embargo_until = now() - interval '1 second' where id = ?")
                .param(id)
                .update();

        Instant deadline = Instant.now().plusSeconds(60);
        while (notices(author, id) == 0) {
            if (Instant.now().isAfter(deadline)) {
                fail("The author was never told of the publication; the case is " + status(id));
            }
            Thread.sleep(200);
        }
        // A few more rounds of both nodes' job: nothing more may come of it.
        Thread.sleep(3000);
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(count("select count(*) from case_revision where case_id = ?", id))
                .as("revisions")
                .isEqualTo(1);
        assertThat(publicationEvents(id)).as("CasePublished events").isEqualTo(1);
        assertThat(notices(author, id)).as("notices to the author").isEqualTo(1);
    }

    @Test
    @Order(3)
    void aCasePublishedThroughOneNodeIsReadThroughTheOtherWithinTheDocumentedBound() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String word = "quillon" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Graduate scheme we closed after one year, " + word;
        long id = fixtures.draft(author, title, Outcome.FAILURE, Topic.of("sourcing"));
        fixtures.authoring().submit(author.id(), id);

        // A logged-out reader of the second node, whose listing is kept in its page cache.
        HttpClient reader = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest listing = HttpRequest.newBuilder(second.uri("/cases"))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<String> kept = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        for (int i = 0;
                i < 100
                        && !"hit"
                                .equals(kept.headers()
                                        .firstValue("X-Page-Cache")
                                        .orElse(""));
                i++) {
            Thread.sleep(100);
            kept = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(kept.headers().firstValue("X-Page-Cache")).hasValue("hit");

        // The editor publishes on the first node.
        Browser onFirst = new Browser(first.uri(""));
        onFirst.logIn(editor.email());
        String csrf = csrfOf(onFirst.get("/review/" + id).body());
        assertThat(onFirst.post("/review/" + id + "/claim", "_csrf", csrf).statusCode())
                .isEqualTo(302);
        HttpResponse<String> published = onFirst.post("/review/" + id + "/publish", "_csrf", csrf);
        Instant at = Instant.now();
        assertThat(published.headers().firstValue("Location").orElse("")).contains("/cases/" + id);

        // docs/deploy.md: the other node shows it within milliseconds of the commit (its kept pages are forgotten
        // through PostgreSQL's NOTIFY), and search within seconds (the shared index, fed through the outbox).
        HttpResponse<String> page = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        while (!page.body().contains(title) && Instant.now().isBefore(at.plusSeconds(10))) {
            Thread.sleep(20);
            page = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(page.body()).as("the second node's listing").contains(title);
        long listed = Duration.between(at, Instant.now()).toMillis();
        HttpRequest search = HttpRequest.newBuilder(second.uri("/search?q=" + word))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<String> found = reader.send(search, HttpResponse.BodyHandlers.ofString());
        while (!found.body().contains(title) && Instant.now().isBefore(at.plusSeconds(30))) {
            Thread.sleep(100);
            found = reader.send(search, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(found.body()).as("the second node's search").contains(title);
        System.out.println("[nginx-two-nodes] the second node listed the publication " + listed
                + " ms and found it by search "
                + Duration.between(at, Instant.now()).toMillis()
                + " ms after the first acknowledged it");
    }

    @Test
    @Order(4)
    void aNodeKilledMidSessionLosesNeitherTheSessionNorAnAcknowledgedWrite() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = fixtures.published(
                member, editor, "Chatbot screening we switched off", Outcome.FAILURE, Topic.of("sourcing"));

        Browser browser = new Browser();
        browser.logIn(member.email());
        HttpResponse<String> signedIn = browser.get("/notifications");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String csrf = csrfOf(signedIn.body());
        String servedBy = signedIn.headers().firstValue("X-Upstream").orElseThrow();
        ChildHros victim = servedBy.endsWith(":" + first.port()) ? first : second;

        // Writers through the proxy, each with a session of its own, before, during and after the kill.
        List<Person> writers = List.of(
                fixtures.member(MemberRole.MEMBER),
                fixtures.member(MemberRole.MEMBER),
                fixtures.member(MemberRole.MEMBER));
        List<Browser> sessions = new ArrayList<>();
        for (Person writer : writers) {
            Browser session = new Browser();
            session.logIn(writer.email());
            sessions.add(session);
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Integer> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        List<Future<?>> running = new ArrayList<>();
        String marker = "w" + UUID.randomUUID().toString().substring(0, 6);
        for (int w = 0; w < sessions.size(); w++) {
            Browser session = sessions.get(w);
            int writer = w;
            running.add(pool.submit(() -> {
                String token = csrfOf(session.get("/notifications").body());
                for (int n = 0; !stop.get(); n++) {
                    String text = marker + "-" + writer + "-" + n + " we saw the same drop-off.";
                    try {
                        HttpResponse<String> posted =
                                session.post("/discussion/CASE/" + caseId + "/replies", "body", text, "_csrf", token);
                        if (posted.statusCode() == 302) {
                            acknowledged.add(text);
                        } else {
                            refused.add(posted.statusCode());
                        }
                    } catch (java.io.IOException connectionLost) {
                        refused.add(-1);
                    }
                    Thread.sleep(50);
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        int before = acknowledged.size();
        victim.kill(false);
        Instant killed = Instant.now();

        // The next request of the signed-in member: the other node, the same session, the same CSRF token.
        HttpResponse<String> page = browser.get("/notifications");
        assertThat(page.statusCode())
                .as("the same session, not a detour to the log-in page")
                .isEqualTo(200);
        assertThat(page.body()).contains(member.name());
        assertThat(page.headers().firstValue("X-Upstream").orElse("")).doesNotEndWith(":" + victim.port());
        HttpResponse<String> marked = browser.post("/notifications/read", "_csrf", csrf);
        assertThat(marked.statusCode())
                .as("a form with the token from before the kill")
                .isEqualTo(302);

        Thread.sleep(3000);
        stop.set(true);
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();

        List<String> stored = jdbc.sql("select body_markdown from reply where subject_id = ? and body_markdown like ?")
                .params(caseId, marker + "-%")
                .query(String.class)
                .list();
        Set<String> storedTexts = new HashSet<>();
        for (String body : stored) {
            storedTexts.add(body.trim());
        }
        System.out.println("[nginx-two-nodes] writes acknowledged: " + acknowledged.size() + " (" + before
                + " before the kill), refused or cut: " + refused.size() + " " + refused + ", rows: " + stored.size()
                + ", first request after the kill took "
                + Duration.between(killed, Instant.now()).toMillis() + " ms");
        assertThat(acknowledged.size()).as("writes went on after the kill").isGreaterThan(before);
        assertThat(storedTexts).as("every acknowledged write is stored").containsAll(acknowledged);
        assertThat(stored).as("nothing stored twice").doesNotHaveDuplicates();
    }

    private String status(long id) {
        return jdbc.sql("select status from case_study where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private long notices(Person author, long id) {
        return jdbc.sql("select count(*) from notice where recipient_id = ? and dedupe_key like ?")
                .params(author.id(), "REVIEW_RESULTS:published:" + id + ":%")
                .query(Long.class)
                .single();
    }

    /** Distinct CasePublished events about this case (the registry keeps one row per listener of each). */
    private long publicationEvents(long id) {
        Pattern aboutThisCase = Pattern.compile("\"caseId\"\\s*:\\s*" + id + "\\b");
        return jdbc
                .sql("select distinct serialized_event from event_publication where event_type like '%CasePublished'")
                .query(String.class)
                .list()
                .stream()
                .filter(event -> aboutThisCase.matcher(event).find())
                .count();
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            fail("No CSRF token on the page");
        }
        return m.group(1);
    }

    /** A browser: its cookies, no redirects followed; through nginx unless given a node. */
    private static final class Browser {

        private final URI base;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        Browser() {
            this(nginx.uri());
        }

        Browser(URI base) {
            this.base = base;
        }

        void logIn(String email) throws Exception {
            HttpResponse<String> response = post(
                    "/login",
                    "email",
                    email,
                    "password",
                    TestFixtures.PASSWORD,
                    "_csrf",
                    csrfOf(get("/login").body()));
            String location = response.headers().firstValue("Location").orElse("");
            assertThat(response.statusCode()).as("log-in of " + email).isEqualTo(302);
            assertThat(location).as("log-in of " + email).doesNotContain("login");
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String... pairs) throws Exception {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
