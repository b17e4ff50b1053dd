package org.hros.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.domain.MemberService;
import org.hros.member.domain.ProfileCommand;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.search.TopicsSearched;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Logged-out readers of the most-read pages are answered from the page cache with exactly the bytes HROS renders;
 * nobody signed in ever is; what changes public content is seen at once; conditional requests get 304.
 */
@RecordApplicationEvents
class PageCacheTests extends IntegrationTestBase {

    private static final Pattern HITS =
            Pattern.compile("cache_gets_total\\{[^}]*cache=\"pages\"[^}]*result=\"hit\"[^}]*} ([0-9.E+]+)");

    @Autowired
    MemberService members;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    PageCache cache;

    @Autowired
    ApplicationEvents events;

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    private MockHttpServletResponse read(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long publishedCase(Person author, String title) {
        return fixtures.published(
                author, fixtures.member(MemberRole.EDITOR), title, Outcome.FAILURE, Topic.of("sourcing"));
    }

    private String casePath(long id) throws Exception {
        return read(get("/cases/" + id)).getRedirectedUrl();
    }

    @Test
    void aKeptPageIsByteForByteThePageHrosRenders() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String path = casePath(publishedCase(author, "Sourcing sprints that burned out the team"));

        MockHttpServletResponse rendered = read(get(path));
        MockHttpServletResponse kept = read(get(path));
        cache.forgetAll();
        MockHttpServletResponse renderedAgain = read(get(path));

        assertThat(rendered.getStatus()).isEqualTo(200);
        assertThat(rendered.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("miss");
        assertThat(kept.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");
        assertThat(kept.getContentAsByteArray())
                .as("the kept page")
                .isEqualTo(rendered.getContentAsByteArray())
                .isEqualTo(renderedAgain.getContentAsByteArray());
        assertThat(kept.getContentAsString()).contains("Sourcing sprints that burned out the team", author.name());
        assertThat(kept.getContentType()).isEqualTo(rendered.getContentType());
        for (String header : List.of(
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "Content-Language",
                "ETag",
                "Cache-Control",
                "Vary")) {
            assertThat(kept.getHeaders(header)).as(header).isNotEmpty().isEqualTo(rendered.getHeaders(header));
        }
        assertThat(kept.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(kept.getHeader("Pragma")).isNull();
        assertThat(kept.getHeader("Expires")).isNull();
        assertThat(kept.getHeader("Last-Modified")).isNotNull();
        assertThat(kept.getHeader("Set-Cookie")).isNull();
        assertThat(kept.getHeader("ETag")).isEqualTo(CachedPage.etagOf(rendered.getContentAsByteArray()));
        assertThat(kept.getContentAsString())
                .as("no CSRF token tied to a session in a page for anyone")
                .doesNotContain("name=\"_csrf\"");
    }

    @Test
    void everyMostReadPageIsKeptAndEachLanguageAndPartialApart() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long caseId = publishedCase(author, "Interview loops we cut from six to three");
        long requestId = agenda.post(
                author.id(),
                new RequestCommand(
                        "Keeping silver medallists warm",
                        "How do you stay in touch with the runners-up of last year's searches?",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        String handle = members.ownProfile(author.id()).handle();
        // A search before the index has opened answers 503, which is never kept.
        for (int i = 0; i < 300 && read(get("/search?q=interview")).getStatus() != 200; i++) {
            Thread.sleep(100);
        }
        cache.forgetAll();
        for (String path : List.of(
                "/",
                casePath(caseId),
                "/cases?outcome=failure&topic=sourcing",
                "/requests",
                read(get("/requests/" + requestId)).getRedirectedUrl(),
                "/members/" + handle,
                "/search?q=interview")) {
            assertThat(read(get(path)).getHeader(PageCacheFilter.RESULT_HEADER))
                    .as(path)
                    .isEqualTo("miss");
            assertThat(read(get(path)).getHeader(PageCacheFilter.RESULT_HEADER))
                    .as(path)
                    .isEqualTo("hit");
        }
        assertThat(read(get("/search").param("q", "onboarding")).getHeader(PageCacheFilter.RESULT_HEADER))
                .as("another search, its words given as parameters")
                .isEqualTo("miss");
        assertThat(read(get("/search?q=interview")).getHeader("Cache-Control"))
                .as(
                        "search results are kept as long as other pages: the search module forgets them when its index changes")
                .isEqualTo("public, max-age=60");
        assertThat(read(get("/cases?topic=sourcing&outcome=failure")).getHeader(PageCacheFilter.RESULT_HEADER))
                .as("the same filters in another order")
                .isEqualTo("hit");

        MockHttpServletResponse german =
                read(get("/cases?outcome=failure&topic=sourcing").header("Accept-Language", "de"));
        assertThat(german.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("miss");
        MockHttpServletResponse partial =
                read(get("/cases?outcome=failure&topic=sourcing").header("HX-Request", "true"));
        assertThat(partial.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("miss");
        assertThat(partial.getContentAsString()).doesNotContain("<html");
        assertThat(read(get("/cases?outcome=failure&topic=sourcing").header("HX-Request", "true"))
                        .getContentAsString())
                .isEqualTo(partial.getContentAsString());
    }

    @Test
    void nobodySignedInAndNoSessionIsEverAnsweredFromTheCache() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        read(get("/"));
        assertThat(read(get("/")).getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");

        MockHttpServletResponse signedIn = read(get("/").with(user(principal(member, MemberRole.MEMBER))));
        assertThat(signedIn.getHeader(PageCacheFilter.RESULT_HEADER)).isNull();
        assertThat(signedIn.getContentAsString()).contains(member.name());
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");

        MockHttpServletResponse withToken = read(get("/").header("Authorization", "Bearer " + fixtures.token(member)));
        assertThat(withToken.getHeader(PageCacheFilter.RESULT_HEADER)).isNull();
        assertThat(withToken.getContentAsString()).contains(member.name());

        for (String cookie : List.of("JSESSIONID", "remember-me", "hros-kept", "hros-owner")) {
            assertThat(read(get("/").cookie(new Cookie(cookie, "x"))).getHeader(PageCacheFilter.RESULT_HEADER))
                    .as(cookie)
                    .isNull();
        }
        assertThat(read(get("/").session(new MockHttpSession())).getHeader(PageCacheFilter.RESULT_HEADER))
                .as("a session, even one nobody is signed in to, may hold a message for its reader")
                .isNull();
        assertThat(read(get("/").accept("application/json")).getHeader(PageCacheFilter.RESULT_HEADER))
                .isNull();
        assertThat(read(get("/login")).getHeader(PageCacheFilter.RESULT_HEADER))
                .as("the log-in page opens a session for its CSRF token and is never kept")
                .isNull();
    }

    @Test
    void aReaderLogsInFromAKeptPage() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        read(get("/"));
        MockHttpServletResponse kept = read(get("/"));
        assertThat(kept.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");
        assertThat(kept.getContentAsString()).contains("href=\"/login\"");

        MockHttpSession session = new MockHttpSession();
        String login = read(get("/login").session(session)).getContentAsString();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        MockHttpServletResponse loggedIn = read(post("/login")
                .session(session)
                .param("email", member.email())
                .param("password", TestFixtures.PASSWORD)
                .param("_csrf", token.group(1)));
        assertThat(loggedIn.getStatus()).isEqualTo(302);
        assertThat(loggedIn.getRedirectedUrl()).doesNotContain("error");

        MockHttpServletResponse home = read(get("/").session(session));
        assertThat(home.getHeader(PageCacheFilter.RESULT_HEADER)).isNull();
        assertThat(home.getContentAsString()).contains(member.name()).doesNotContain("href=\"/login\"");
    }

    @Test
    void conditionalRequestsAreAnsweredNotModified() throws Exception {
        read(get("/cases"));
        MockHttpServletResponse kept = read(get("/cases"));
        String etag = kept.getHeader("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");

        MockHttpServletResponse same = read(get("/cases").header("If-None-Match", etag));
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getContentAsByteArray()).isEmpty();
        assertThat(same.getHeader("ETag")).isEqualTo(etag);
        assertThat(read(get("/cases").header("If-None-Match", "W/" + etag)).getStatus())
                .as("compared weakly, as a compressing proxy may weaken it")
                .isEqualTo(304);
        assertThat(read(get("/cases").header("If-None-Match", "\"other\", " + etag))
                        .getStatus())
                .isEqualTo(304);
        assertThat(read(get("/cases").header("If-None-Match", "\"other\"")).getStatus())
                .isEqualTo(200);

        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().plusSeconds(3600).atZone(ZoneOffset.UTC));
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().minusSeconds(3600).atZone(ZoneOffset.UTC));
        assertThat(read(get("/cases").header("If-Modified-Since", later)).getStatus())
                .isEqualTo(304);
        assertThat(read(get("/cases").header("If-Modified-Since", earlier)).getStatus())
                .isEqualTo(200);
        assertThat(read(get("/cases").header("If-Modified-Since", "yesterday")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void aPublicationAndAWithdrawalAreSeenAtOnce() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long first = publishedCase(author, "Referral bonuses that rewarded the wrong people");
        String path = casePath(first);
        read(get("/cases"));
        read(get(path));
        assertThat(read(get("/cases")).getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");

        publishedCase(author, "Careers site rewrite nobody read");
        MockHttpServletResponse listing = read(get("/cases"));
        assertThat(listing.getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("miss");
        assertThat(listing.getContentAsString()).contains("Careers site rewrite nobody read");

        assertThat(read(get(path)).getStatus()).isEqualTo(200);
        fixtures.authoring().withdraw(author.id(), first);
        assertThat(read(get(path)).getStatus()).as("withdrawn").isNotEqualTo(200);
        assertThat(read(get("/cases")).getContentAsString())
                .doesNotContain("Referral bonuses that rewarded the wrong people");
    }

    @Test
    void aPageKeptBeforeTheAuthorChoseAnonymityNeverShowsTheirNameAfter() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = publishedCase(author, "Pay transparency we rolled back");
        String handle = members.ownProfile(author.id()).handle();
        List<String> pages = List.of(casePath(id), "/", "/cases", "/members/" + handle);
        for (String page : pages) {
            read(get(page));
            MockHttpServletResponse kept = read(get(page));
            assertThat(kept.getHeader(PageCacheFilter.RESULT_HEADER)).as(page).isEqualTo("hit");
        }
        assertThat(read(get(pages.get(0))).getContentAsString()).contains(author.name());
        assertThat(read(get("/members/" + handle)).getContentAsString()).contains("Pay transparency we rolled back");

        fixtures.authoring().changeAttribution(author.id(), id, AttributionMode.ANONYMOUS, null, false);

        assertThat(read(get(pages.get(0))).getContentAsString())
                .contains("Pay transparency we rolled back")
                .doesNotContain(author.name(), handle);
        assertThat(read(get("/members/" + handle)).getContentAsString())
                .as("the profile lists only cases credited by name")
                .doesNotContain("Pay transparency we rolled back");
        for (String page : pages) {
            for (int i = 0; i < 2; i++) {
                String html = read(get(page)).getContentAsString();
                if (!page.startsWith("/members/")) {
                    assertThat(html).as(page).doesNotContain(author.name());
                }
            }
        }
    }

    @Test
    void repliesRequestsAndProfilesAreSeenAtOnce() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        String path = casePath(publishedCase(author, "Assessment centre we shortened"));
        read(get(path));
        assertThat(read(get(path)).getHeader(PageCacheFilter.RESULT_HEADER)).isEqualTo("hit");
        long caseId = Long.parseLong(path.split("/")[2]);
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                .with(user(principal(reader, MemberRole.MEMBER)))
                .with(csrf())
                .param("body", "Which exercise did you drop first?"));
        assertThat(read(get(path)).getContentAsString()).contains("Which exercise did you drop first?");

        long requestId = agenda.post(
                author.id(),
                new RequestCommand(
                        "Offer letters people sign",
                        "What makes candidates sign an offer letter the week they get it?",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        String requestPath = read(get("/requests/" + requestId)).getRedirectedUrl();
        read(get(requestPath));
        assertThat(read(get(requestPath)).getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("hit");
        agenda.vote(requestId, reader.id());
        assertThat(read(get(requestPath)).getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("miss");

        String handle = members.ownProfile(author.id()).handle();
        read(get("/members/" + handle));
        members.updateProfile(
                author.id(),
                new ProfileCommand(
                        author.name(),
                        "Head of Talent",
                        "Quietco",
                        false,
                        "Writes about interviews.",
                        Set.of(),
                        Set.of()));
        assertThat(read(get("/members/" + handle)).getContentAsString()).contains("Writes about interviews.");
    }

    @Test
    void aSearchAnsweredFromTheCacheStillCountsForTheTrends() throws Exception {
        // Other tests' writes may still be reaching the index, which forgets search pages: try until one is kept.
        String kept = null;
        for (int attempt = 0; attempt < 10 && !"hit".equals(kept); attempt++) {
            events.clear();
            cache.forgetAll();
            assertThat(read(get("/search").param("q", "sourcing interviews")).getHeader(PageCacheFilter.RESULT_HEADER))
                    .isEqualTo("miss");
            kept = read(get("/search").param("q", "sourcing interviews")).getHeader(PageCacheFilter.RESULT_HEADER);
        }
        assertThat(kept).isEqualTo("hit");
        assertThat(read(get("/search").param("q", "sourcing interviews").header("HX-Request", "true"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(events.stream(TopicsSearched.class))
                .as("one per full page, kept or not")
                .hasSize(2);
    }

    @Test
    void hitsAndMissesAreReportedToPrometheus() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        double before = hits(admin);
        read(get("/requests"));
        read(get("/requests"));
        read(get("/requests"));
        assertThat(hits(admin)).isGreaterThanOrEqualTo(before + 2);
        assertThat(read(get("/actuator/prometheus")).getStatus())
                .as("metrics are for admins")
                .isNotEqualTo(200);
    }

    private double hits(Person admin) throws Exception {
        String metrics = read(get("/actuator/prometheus").with(user(principal(admin, MemberRole.ADMIN))))
                .getContentAsString();
        assertThat(metrics).contains("hros_page_cache_bytes");
        Matcher hit = HITS.matcher(metrics);
        assertThat(hit.find())
                .as(
                        "cache_gets_total for the pages in:%n%s",
                        metrics.lines().filter(l -> l.contains("cache_")).toList())
                .isTrue();
        return Double.parseDouble(hit.group(1));
    }
}
