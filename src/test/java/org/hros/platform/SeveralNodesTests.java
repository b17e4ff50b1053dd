package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.ScheduledPublications;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.ChildHros;
import org.hros.support.MutableClock;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Fixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two HROS nodes on one PostgreSQL, as deployed behind a load balancer: this application (sessions in PostgreSQL,
 * as in production) and a second HROS in a child JVM pointed at the same database. A session begun on one node
 * goes on on the other after the first was killed with SIGKILL, a rate limit counts the requests through both, a
 * case due for publication while both run the job is published once, a form one node kept after its session
 * ended is saved after logging in on the other, and a publication on one empties the other's page cache.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Sessions in PostgreSQL, as deployed (the other tests keep the container's, for MockMvc).
            "spring.autoconfigure.exclude=",
            // Short, so that a test sees a session's last access written again once it is this old.
            "hros.auth.session-touch-interval=" + SeveralNodesTests.TOUCH_INTERVAL_MILLIS + "ms",
        })
@ActiveProfiles("test")
@Import(TestFixtures.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesTests {

    static final long TOUCH_INTERVAL_MILLIS = 3000;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static ChildHros other;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScheduledPublications scheduled;

    @LocalServerPort
    int port;

    @BeforeEach
    void freshAllowancesAtTheRealTime() {
        fixtures.limits().reset();
        clock.reset();
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (other != null) {
            other.kill(false);
        }
    }

    /**
     * A page view that changes nothing in the session writes nothing to the session store: no new row version of the
     * session or its attributes, so requests of one member never queue on its row lock. Its last access is written
     * again once the written one is older than the interval, and logging out still ends it at once.
     */
    @Test
    @Order(0)
    void aPageViewWritesTheSessionOnlyWhenItsLastAccessIsOld() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Browser browser = new Browser();
        URI here = here();
        HttpResponse<String> loggedIn = browser.post(
                here,
                "/login",
                "email",
                member.email(),
                "password",
                TestFixtures.PASSWORD,
                "_csrf",
                csrfOf(browser.get(here, "/login").body()));
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
        // The first page after logging in keeps its CSRF token in the session: that is a change, and is written.
        String csrf = csrfOf(browser.get(here, "/notifications").body());
        String written = sessionRow(member);

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> page = browser.get(here, "/notifications");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(member.name());
        }
        assertThat(sessionRow(member))
                .as("the session and its attributes after five page views within the interval")
                .isEqualTo(written);

        Thread.sleep(TOUCH_INTERVAL_MILLIS + 200);
        assertThat(browser.get(here, "/notifications").statusCode()).isEqualTo(200);
        assertThat(lastAccess(member))
                .as("last access written again once the written one is older than the interval")
                .isGreaterThan(Long.parseLong(written.split("\\|")[1]));

        HttpResponse<String> out = browser.post(here, "/logout", "_csrf", csrf);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(member.email())
                        .query(Long.class)
                        .single())
                .as("sessions of the member after logging out")
                .isZero();
        HttpResponse<String> after = browser.get(here, "/notifications");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }

    /** The row version and last access of the member's session, and the row versions of its attributes. */
    private String sessionRow(Person member) {
        return jdbc.sql("select s.xmin::text || '|' || s.last_access_time || '|' || coalesce((select string_agg("
                        + "a.attribute_name || '=' || a.xmin::text, ',' order by a.attribute_name)"
                        + " from spring_session_attributes a where a.session_primary_id = s.primary_id), '')"
                        + " from spring_session s where s.principal_name = ?")
                .param(member.email())
                .query(String.class)
                .single();
    }

    private long lastAccess(Person member) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
                .param(member.email())
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void aJobLockedByAnotherNodeDoesNotRunHereUntilTheLockEnds() {
        long id = dueCase("Referral bonus doubled, referrals halved");
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by)"
                        + " values ('scheduled-publications', now() + interval '10 minutes', now(), 'another-node')"
                        + " on conflict (name) do update set lock_until = excluded.lock_until,"
                        + " locked_at = excluded.locked_at, locked_by = excluded.locked_by")
                .update();

        scheduled.publishDueOnSchedule();
        assertThat(status(id)).as("while another node holds the job").isEqualTo("SCHEDULED");

        jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'scheduled-publications'")
                .update();
        scheduled.publishDueOnSchedule();
        assertThat(status(id)).as("once its lock has ended").isEqualTo("PUBLISHED");
    }

    @Test
    @Order(2)
    void aRateLimitCountsTheRequestsThroughBothNodes() throws Exception {
        ChildHros second = otherNode();
        Person member = fixtures.member(MemberRole.MEMBER);
        Browser browser = new Browser();
        URI here = here();
        URI there = second.uri("");
        String csrf = csrfOf(browser.get(here, "/login").body());

        List<Integer> statuses = new ArrayList<>();
        List<String> retryAfter = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> response = browser.post(
                    i % 2 == 0 ? here : there,
                    "/login",
                    "email",
                    member.email(),
                    "password",
                    "not the password " + i,
                    "_csrf",
                    csrf);
            statuses.add(response.statusCode());
            response.headers().firstValue("Retry-After").ifPresent(retryAfter::add);
        }
        // Ten log-ins per five minutes from one address and for one account, wherever they land: six through each
        // node would all pass if each node counted its own.
        assertThat(statuses.subList(0, 10))
                .as("the allowance, across both nodes")
                .containsOnly(302);
        assertThat(statuses.subList(10, 12))
                .as("over the allowance, on this node and on the other")
                .containsOnly(429);
        assertThat(retryAfter)
                .hasSize(2)
                .allSatisfy(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 300L));
    }

    @Test
    @Order(3)
    void aCaseDueWhileBothNodesRunTheJobIsPublishedOnce() throws Exception {
        otherNode();
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = dueCase(author, "Video interviews for every role, and who dropped out");

        // The other node looks every second; here, several runs at once, through the job's lock and around it (the
        // case's row lock alone must be enough).
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Object>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(() -> {
                    scheduled.publishDueOnSchedule();
                    return null;
                });
                runs.add(() -> scheduled.publishDue());
            }
            for (Future<Object> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        awaitNotice(author, id);
        // Both nodes go on running the job for a few more rounds: nothing more may come of it.
        Thread.sleep(3000);

        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select count(*) from case_revision where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("revisions published")
                .isEqualTo(1);
        assertThat(publicationEvents(id)).as("CasePublished events").isEqualTo(1);
        assertThat(notices(author, id)).as("notices to the author").isEqualTo(1);
    }

    @Test
    @Order(4)
    void aFormKeptByOneNodeIsSavedAfterLoggingInOnTheOther() throws Exception {
        ChildHros second = otherNode();
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Nurses we lost", Outcome.FAILURE, Topic.of("sourcing"));
        Browser browser = new Browser();
        URI there = second.uri("");
        URI here = here();
        browser.post(
                there,
                "/login",
                "email",
                author.email(),
                "password",
                TestFixtures.PASSWORD,
                "_csrf",
                csrfOf(browser.get(there, "/login").body()));
        String csrf = csrfOf(browser.get(there, "/my/cases/" + id).body());

        // The session ends while the author writes (as after its time-out): every node forgets it.
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(author.email())
                .update();
        String story = "We lost every shortlisted nurse to a rival in one week.";
        HttpResponse<String> refused = browser.postFromPage(
                there,
                "/my/cases/" + id,
                "type",
                "CASE_STUDY",
                "title",
                "Nurses we lost",
                "outcome",
                "FAILURE",
                "topics",
                "sourcing",
                "summary",
                "A summary",
                "wrong",
                story,
                "attribution",
                "NAMED",
                "licence",
                "CC_BY_4_0",
                "action",
                "save",
                "_csrf",
                csrf);
        assertThat(refused.statusCode()).as("kept by the node it reached").isEqualTo(303);
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/kept");

        HttpResponse<String> loggedIn = browser.post(
                here,
                "/login",
                "email",
                author.email(),
                "password",
                TestFixtures.PASSWORD,
                "_csrf",
                csrfOf(browser.get(here, "/login").body()));
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith("/kept");
        HttpResponse<String> collected = browser.get(here, "/kept");
        assertThat(collected.headers().firstValue("Location").orElse(""))
                .as("collected and saved by the other node")
                .endsWith("/my/cases/" + id);
        assertThat(fixtures.authoring().draft(author.id(), id).markdown(Section.WRONG))
                .isEqualTo(story);
    }

    @Test
    @Order(5)
    void aPublicationOnThisNodeEmptiesThePageCacheOfTheOther() throws Exception {
        ChildHros second = otherNode();
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        fixtures.published(
                author, editor, "Hiring freeze we announced too late", Outcome.FAILURE, Topic.of("sourcing"));
        // A reader who never logged in: no cookies at all.
        HttpClient reader = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest listing = HttpRequest.newBuilder(second.uri("/cases"))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60))
                .build();
        // Handlers of the first publication may still change public pages for a moment (and forget them): read until
        // the other node answers from its cache.
        HttpResponse<String> kept = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        for (int i = 0;
                i < 100 && !kept.headers().firstValue("X-Page-Cache").orElse("").equals("hit");
                i++) {
            Thread.sleep(100);
            kept = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(kept.headers().firstValue("X-Page-Cache"))
                .as("kept by the other node")
                .hasValue("hit");

        String title = "Campus fair stand nobody visited "
                + UUID.randomUUID().toString().substring(0, 6);
        fixtures.published(author, editor, title, Outcome.FAILURE, Topic.of("sourcing"));
        Instant published = Instant.now();

        // The bound: the other node hears PostgreSQL's notification within milliseconds of the commit. Ten seconds
        // is far below the cache's 60 s lifetime, so a page that merely expired cannot pass for an eviction.
        Instant deadline = published.plusSeconds(10);
        HttpResponse<String> page = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        while (!page.body().contains(title) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            page = reader.send(listing, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(page.body())
                .as("the other node's listing after the publication here")
                .contains(title);
        System.out.println("[pagecache] the other node showed the publication "
                + Duration.between(published, Instant.now()).toMillis() + " ms after its commit here");
    }

    @Test
    @Order(6)
    void aSessionGoesOnOnTheOtherNodeAfterTheFirstWasKilled() throws Exception {
        ChildHros first = otherNode();
        Person member = fixtures.member(MemberRole.MEMBER);
        Browser browser = new Browser();
        URI there = first.uri("");
        URI here = here();

        HttpResponse<String> loggedIn = browser.post(
                there,
                "/login",
                "email",
                member.email(),
                "password",
                TestFixtures.PASSWORD,
                "_csrf",
                csrfOf(browser.get(there, "/login").body()));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
        HttpResponse<String> notifications = browser.get(there, "/notifications");
        assertThat(notifications.statusCode()).as("signed in on the first node").isEqualTo(200);
        String csrf = csrfOf(notifications.body());

        first.kill(false);
        other = null;

        HttpResponse<String> page = browser.get(here, "/notifications");
        assertThat(page.statusCode())
                .as("the same session on the second node, not a detour through the log-in page")
                .isEqualTo(200);
        assertThat(page.body()).contains(member.name());
        HttpResponse<String> posted = browser.post(here, "/notifications/read", "_csrf", csrf);
        assertThat(posted.statusCode())
                .as("a form with the first node's CSRF token")
                .isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/notifications");
        assertThat(browser.get(here, "/notifications").body()).contains("All notices are marked as read.");
    }

    private URI here() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The second node: another HROS process on this test's database, started once for the tests that need it. */
    private ChildHros otherNode() throws Exception {
        if (other != null) {
            return other;
        }
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        Path runDir = Paths.get("target", "several-nodes", UUID.randomUUID().toString())
                .toAbsolutePath();
        Files.createDirectories(runDir);
        other = ChildHros.launch(
                "second-node",
                runDir.resolve("data"),
                runDir,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port(),
                "--hros.embargo.check-interval=1s");
        other.awaitReady(START_TIMEOUT);
        return other;
    }

    private long dueCase(String title) {
        return dueCase(fixtures.member(MemberRole.MEMBER), title);
    }

    /** A case accepted with an embargo, whose embargo has just ended. */
    private long dueCase(Person author, String title) {
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.withRelease(
                                TestFixtures.completeCase(
                                        title,
                                        Outcome.FAILURE,
                                        Topic.of("recruiting-analytics"),
                                        AttributionMode.NAMED),
                                null,
                                clock.instant().plus(Duration.ofDays(2))));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        assertThat(fixtures.reviews().publish(id, editor.id())).isEqualTo(CaseStatus.SCHEDULED);
        jdbc.sql("update case_study set embargo_until = now() - interval '1 second' where id = ?")
                .param(id)
                .update();
        return id;
    }

    private String status(long id) {
        return jdbc.sql("select status from case_study where id = ?")
                .param(id)
                .query(String.class)
                .single();
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

    private void awaitNotice(Person author, long id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (notices(author, id) == 0) {
            if (Instant.now().isAfter(deadline)) {
                fail("The author was never told of the publication; the case is " + status(id));
            }
            Thread.sleep(200);
        }
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            fail("No CSRF token on the page");
        }
        return m.group(1);
    }

    /** One browser whose cookies go to both nodes, as behind one load balancer. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(URI node, String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(node.resolve(path))
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI node, String path, String... pairs) throws Exception {
            return post(node, path, false, pairs);
        }

        /** A form sent from an HROS page, as the browser says with {@code Sec-Fetch-Site}. */
        HttpResponse<String> postFromPage(URI node, String path, String... pairs) throws Exception {
            return post(node, path, true, pairs);
        }

        private HttpResponse<String> post(URI node, String path, boolean fromPage, String... pairs) throws Exception {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
            if (fromPage) {
                request.header("Sec-Fetch-Site", "same-origin");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
