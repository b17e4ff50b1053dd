package org.hros.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.Discussions;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.domain.MemberService;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalService;
import org.hros.request.OfferKind;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.safety.Crawler.Page;
import org.hros.safety.LeakScanner.Leak;
import org.hros.safety.LeakScene.SceneCase;
import org.hros.safety.LeakScene.SceneSetter;
import org.hros.safety.LeakScene.Stage;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymity tested like a security property. Canary members — every identifying string of theirs occurs
 * nowhere else — publish role-only and anonymous cases through the real review; then every output anyone else
 * can obtain is searched for those strings: each page a logged-out visitor and another member reach by
 * following links, each GET endpoint of the OpenAPI document (anonymously and with a token), each e-mail sent
 * to someone other than the canary, and the INFO log. Nothing here lists HROS's pages or endpoints, so an
 * output added later (search, feeds, digests) is covered as soon as it is linked or documented — and fails
 * this test if it bypasses the attribution view.
 */
class AnonymityLeakTests extends IntegrationTestBase {

    static final int CRAWL_BUDGET = 2000;
    static final long NO_SUCH_CASE = 999_999_999L;
    static final String CONTROL_TITLE = "Control case: structured interviews, written up under my own name";

    /** Where a crawl starts: the home page, and outputs that are fetched by machines rather than linked. */
    static final String[] SEEDS = {
        "/",
        "/robots.txt",
        "/favicon.ico",
        "/sitemap.xml",
        "/v3/api-docs",
        "/actuator/health",
        "/actuator/prometheus",
        "/cases.atom",
        "/cases/failures.atom",
        "/requests.atom",
        "/radar.atom",
        "/tracks"
    };

    /** Typed into search boxes and other GET forms: words from the canaries' titles, never their identities. */
    static final List<String> SEARCH_TERMS = List.of("referral", "graduate offers", "failure");

    private static final Pattern CASE_PAGE = Pattern.compile("/cases/\\d+/[^/?]+");

    /**
     * Every way canary identities get into HROS today: cases at every stage, and the discussion of their
     * role-only and anonymous cases, where they take part as "Author of this case" (including replies and
     * reactions given while a case was named, before it was made anonymous). Canaries never speak elsewhere: a
     * member replying on someone else's case does so under their own name, by choice, which no scanner can tell
     * from a leak. Extension point: requests, offers of experience, votes and circle check-ins belong here too
     * when they exist.
     */
    static final List<SceneSetter> SCENE_SETTERS = List.of(
            new SceneSetter(
                    "each canary publishes a role-only and an anonymous case after a full review round", scene -> {
                        for (Canary canary : scene.canaries()) {
                            String who = canary == scene.canaries().get(0) ? "first" : "second";
                            scene.publishAfterReview(
                                    canary,
                                    "Referral bonus that backfired, " + who + " telling",
                                    AttributionMode.ROLE_ONLY);
                            scene.publishAfterReview(
                                    canary,
                                    "Graduate offers we rescinded, " + who + " telling",
                                    AttributionMode.ANONYMOUS);
                        }
                        // A second revision, so that old revisions and the old slug's redirect are outputs too.
                        SceneCase anonymous = scene.cases().stream()
                                .filter(c -> c.mode() == AttributionMode.ANONYMOUS)
                                .findFirst()
                                .orElseThrow();
                        scene.publishRevision(anonymous, anonymous.title() + ", revised");
                    }),
            new SceneSetter(
                    "a named case, read by visitors, made anonymous after publication",
                    AnonymityLeakTests::namedThenAnonymous),
            new SceneSetter("a published case withdrawn by its author", scene -> {
                Canary second = scene.canaries().get(1);
                scene.withdraw(
                        scene.publishAfterReview(second, "Careers chatbot we switched off", AttributionMode.ROLE_ONLY));
            }),
            new SceneSetter("cases still in review: returned with notes, and claimed by an editor", scene -> {
                scene.returned(scene.canaries().get(0), "Video interviews nobody finished", AttributionMode.ANONYMOUS);
                scene.withTheEditor(
                        scene.canaries().get(1), "Onboarding buddies we overloaded", AttributionMode.ROLE_ONLY);
            }),
            new SceneSetter("a control member publishes under their own name", scene -> scene.control(CONTROL_TITLE)),
            new SceneSetter(
                    "the first canary leads a private team the second canary joined, with an invitation pending for"
                            + " a member who is no canary",
                    scene ->
                            scene.team(scene.canaries().get(0), scene.canaries().get(1), "Team Xylobrant careers")),
            new SceneSetter(
                    "an editor builds a published track from the canaries' role-only and anonymous cases",
                    AnonymityLeakTests::track),
            new SceneSetter(
                    "each canary answers on their own role-only and anonymous cases as \"Author of this case\": nested"
                            + " replies deeper than the page shows, a mention, an edit with its history, a removed"
                            + " reply, reactions of their own; another member replies and reacts by name",
                    AnonymityLeakTests::discussions));

    @LocalServerPort
    int port;

    @Autowired
    MemberService memberService;

    @Autowired
    ApplicationContext context;

    @Value("${hros.base-url}")
    String baseUrl;

    @Autowired
    GoalService goals;

    @Autowired
    DiscussionService discussion;

    @Autowired
    Discussions discussions;

    @Autowired
    ReactionService reactions;

    @Autowired
    Agenda agenda;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.hros.circle.domain.CircleService circleService;

    @Autowired
    org.hros.circle.domain.CircleInvitations circleInvitations;

    @Autowired
    org.hros.notification.domain.NoticePreferences noticePreferences;

    @Autowired
    org.hros.member.MemberInterests interests;

    @Test
    void noCanaryStringReachesAnyoneButTheCanary() throws Exception {
        long started = System.nanoTime();
        URI origin = URI.create("http://127.0.0.1:" + port);
        Browser visitor = Browser.loggedOut(origin);
        SoftAssertions softly = new SoftAssertions();
        try (LogCapture log = LogCapture.start()) {
            LeakScene scene = new LeakScene(fixtures, clock, memberService, visitor, context);
            scene.canary(
                    "Zyxquorp Canarywood",
                    "vexmorl.trabbit@plinkquasar.example",
                    "Gorvaxle Plc",
                    "Head of Frumzig at Wumpfield",
                    "Ran the Snorbleware pilot.",
                    false);
            scene.canary(
                    "Quillibet Marrowfax",
                    "jaxtiborn.quenkle@zarvelport.example",
                    "Brindlewhorf Co",
                    "Lead at Oxwimble",
                    "Keeps the Plorvish blog.",
                    true);
            LeakScanner scanner = scene.scanner();
            SCENE_SETTERS.forEach(setter -> setter.action().accept(scene));
            awaitMails(scene.expectedMails());
            // The radar and the trends are computed by scheduled jobs; run them now so their pages hold the scene's
            // cases,
            // and publish an edition so that editions are crawled too.
            context.getBean(org.hros.radar.domain.RadarRefresh.class).refresh();
            context.getBean(org.hros.radar.domain.TrendJob.class).compute();
            context.getBean(org.hros.radar.domain.Editions.class).publish(null);

            Person other = fixtures.member(MemberRole.MEMBER);
            Browser member = Browser.loggedIn(origin, "another member", other.email(), TestFixtures.PASSWORD);

            List<Crawler> crawls = new ArrayList<>();
            for (Browser browser : List.of(visitor, member)) {
                Crawler crawl = new Crawler(browser, scanner, CRAWL_BUDGET, SEARCH_TERMS, baseUrl).crawl(SEEDS);
                checkTheCrawlReachedTheCases(softly, crawl, scene);
                crawl.probe(probes(crawl, scene));
                checkProbes(softly, crawl, scene);
                crawls.add(crawl);
            }
            checkProfilesListNoPrivateCases(softly, visitor, scene);

            Set<Long> ids = new LinkedHashSet<>();
            scene.cases().forEach(c -> ids.add(c.id()));
            ids.add(scene.controlCase());
            ids.addAll(scene.replies());
            ids.addAll(scene.teams());
            ids.add(NO_SUCH_CASE);
            ApiSweep api = ApiSweep.fromDocument(visitor, "/v3/api-docs")
                    .sweep(visitor, scanner, ids)
                    .sweep(Browser.withToken(origin, "another member", fixtures.token(other)), scanner, ids);
            checkTheSweepReadTheCases(softly, api, scene);

            checkTheOpenDataDump(softly, scanner, scene);

            int mails = MailCheck.scanAll(TestMail.server().getReceivedMessages(), scene.canaries(), scanner);
            softly.assertThat(mails).as("mails received").isPositive();

            List<String> logLines = log.lines();
            for (String line : logLines) {
                scanner.scan("INFO log: " + line.lines().findFirst().orElse(""), line);
            }
            softly.assertThat(logLines).as("INFO log lines captured").isNotEmpty();

            LeakReport.print(crawls, CRAWL_BUDGET, api, mails, logLines.size(), scanner, started);
            LeakReport.write(crawls, api, logLines);
            softly.assertThat(scanner.leaks())
                    .as("canary strings found outside the canary's own view:%n%s", LeakReport.describe(scanner.leaks()))
                    .isEmpty();
        }
        softly.assertAll();
    }

    /**
     * Proves the detectors can fail, on outputs where a canary legitimately appears: the author's own dashboard
     * and a case they chose to sign, their own review mail, and a log line. Each must be reported as a leak when
     * the canary is not exempt — by the very crawler, sweep, mail check and log capture the suite relies on.
     */
    @Test
    void detectorsFlagACanaryWhereItLegitimatelyAppears() {
        URI origin = URI.create("http://127.0.0.1:" + port);
        Browser visitor = Browser.loggedOut(origin);
        LeakScene scene = new LeakScene(fixtures, clock, memberService, visitor, context);
        Canary self = scene.canary(
                "Vorbelin Quastrade",
                "yilmoth.spranker@drevelcove.example",
                "Hobwinkle Ltd",
                "Chief of Glimfrost",
                "Writes the Trazzlebee notes.",
                false);
        SceneCase signed = scene.publishAfterReview(self, "A case its author signs with pride", AttributionMode.NAMED);
        awaitMails(scene.expectedMails());
        LeakScanner scanner = scene.scanner();

        Browser author = Browser.loggedIn(origin, self.displayName(), self.email(), TestFixtures.PASSWORD);
        new Crawler(author, scanner, 1, List.of()).crawl("/my/cases");
        assertThat(leaksAt(scanner, "GET /my/cases → 200"))
                .as("the author's own dashboard shows their name")
                .isNotEmpty();

        Crawler site = new Crawler(visitor, scanner, 60, List.of(), baseUrl).crawl("/");
        assertThat(site.visited()).containsKey(signed.path());
        assertThat(leaksAt(scanner, "GET " + signed.path() + " → 200"))
                .as("a named case page, reached by following links from the home page")
                .isNotEmpty();

        ApiSweep.fromDocument(visitor, "/v3/api-docs").sweep(visitor, scanner, Set.of(signed.id()));
        assertThat(leaksAt(scanner, "API GET /api/v1/cases/" + signed.id() + " → 200"))
                .isNotEmpty();

        LeakScanner mailScanner = new LeakScanner(scene.canaries());
        MimeMessage[] ownMail = TestMail.to(self.email(), 2).toArray(MimeMessage[]::new);
        MailCheck.scanAll(ownMail, scene.canaries(), mailScanner);
        assertThat(mailScanner.leaks()).as("the canary may read their own mail").isEmpty();
        MailCheck.scanAll(ownMail, List.of(), mailScanner);
        assertThat(mailScanner.leaks())
                .as("their mail, as if it had gone to someone else")
                .isNotEmpty();

        try (LogCapture log = LogCapture.start()) {
            LoggerFactory.getLogger("org.hros.safety.SelfCheck").info("Would have sent to {}", self.email());
            LoggerFactory.getLogger("com.icegreen.greenmail.SelfCheck").info("Delivered to {}", self.email());
            List<String> lines =
                    log.lines().stream().filter(l -> l.contains("SelfCheck")).toList();
            assertThat(lines).singleElement(InstanceOfAssertFactories.STRING).startsWith("org.hros.safety.SelfCheck");
            assertThat(new LeakScanner(scene.canaries()).scan("log", lines.get(0)))
                    .isNotEmpty();
        }
    }

    // Inference channels: no output names the author, but two outputs side by side would. Each test sets up the
    // channel, checks that it is closed, and checks a named control that shows what it would look like open.

    /** A goal's "inspired by" list beside its owner's name would say who wrote an unnamed case. */
    @Test
    void aGoalNeverShowsItsOwnerBesideACaseTheyWroteWithoutTheirName() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person owner = fixtures.member(MemberRole.MEMBER);
        Person stranger = fixtures.member(MemberRole.MEMBER);
        String unnamedTitle = "Goal source: debriefs we skipped, anonymously";
        String namedTitle = "Goal source: debriefs we skipped, by name";
        long unnamed = publishCase(owner, editor, unnamedTitle, AttributionMode.ANONYMOUS);
        long named = publishCase(owner, editor, namedTitle, AttributionMode.NAMED);
        long goal = goals.create(
                owner.id(),
                goals.command(
                        "Debrief every hire within a week",
                        null,
                        GoalVisibility.EVERYONE,
                        List.of("/cases/" + unnamed, "/cases/" + named),
                        null,
                        null));

        for (Person viewer : new Person[] {null, stranger}) {
            for (String output :
                    List.of("/goals/" + goal, "/api/v1/goals/" + goal, "/members/" + handleOf(owner) + "/progress")) {
                String body = page(output, viewer);
                assertThat(body)
                        .as("%s seen by %s", output, viewer == null ? "a visitor" : "another member")
                        .doesNotContain("/cases/" + unnamed, unnamedTitle);
            }
            assertThat(page("/goals/" + goal, viewer))
                    .as("the control: a case the owner signed is linked")
                    .contains("/cases/" + named + "/", namedTitle, owner.name());
        }
        assertThat(page("/goals/" + goal, owner))
                .as("the owner still sees their link, with the reason only they do")
                .contains("/cases/" + unnamed + "/", unnamedTitle, "only you see this link");
    }

    /**
     * A member's @handle is shown beside their name where a case names them, so that others can mention them; never
     * beside a role-only or anonymous case, in its listing card or on its page, where it would name them.
     */
    @Test
    void aHandleIsShownBesideANamedAuthorOnlyNeverForRoleOnlyOrAnonymousCases() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String handle = "@" + handleOf(author);
        String namedTitle = "Handles: the referral drive we ran by name";
        String roleTitle = "Handles: the referral drive we ran, by role";
        String anonymousTitle = "Handles: the referral drive we ran, anonymously";
        long named = publishCase(author, editor, namedTitle, AttributionMode.NAMED);
        long roleOnly = publishCase(author, editor, roleTitle, AttributionMode.ROLE_ONLY);
        long anonymous = publishCase(author, editor, anonymousTitle, AttributionMode.ANONYMOUS);

        assertThat(page(casePath(named, namedTitle), null)).contains(author.name(), handle);
        assertThat(page("/members/" + handleOf(author), null)).contains(handle);
        for (String path : new String[] {casePath(roleOnly, roleTitle), casePath(anonymous, anonymousTitle)}) {
            assertThat(page(path, null)).as(path).doesNotContain(handle, author.name());
        }
        String library = page("/cases?q=Handles%3A+the+referral+drive", null);
        for (String title : new String[] {roleTitle, anonymousTitle}) {
            int card = library.indexOf(title);
            if (card >= 0) {
                String cardHtml = library.substring(card, Math.min(library.length(), card + 1500));
                int next = cardHtml.indexOf("</article>");
                assertThat(next < 0 ? cardHtml : cardHtml.substring(0, next))
                        .as("the card of " + title)
                        .doesNotContain(handle);
            }
        }
    }

    /**
     * The personal home page ("On your topics", "New since your last visit") lists an anonymous case like every
     * other listing: never its author's name, handle or company, and never a link to their profile.
     */
    @Test
    void thePersonalHomeNeverRevealsAnAnonymousCasesAuthor() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        // A topic the other tests leave alone, so the shelf of six is this test's.
        interests.chooseInterests(reader.id(), java.util.Set.of(Topic.of("technical-copywriting")), java.util.Set.of());
        page("/", reader); // a first visit, so the next one has something to compare with
        clock.advance(java.time.Duration.ofMinutes(1));
        String unnamedTitle = "Home shelf: the sourcing sprint we abandoned, anonymously";
        long unnamed =
                publishCase(author, editor, unnamedTitle, AttributionMode.ANONYMOUS, Topic.of("technical-copywriting"));
        clock.advance(java.time.Duration.ofHours(2));

        String home = page("/", reader);
        int forYou = home.indexOf("id=\"for-you\"");
        int newSince = home.indexOf("id=\"new-since\"");
        assertThat(forYou).as("the personal shelf is there").isNotNegative();
        assertThat(newSince).as("the new-since shelf is there").isNotNegative();
        for (int start : new int[] {forYou, newSince}) {
            String shelf = home.substring(start, home.indexOf("</section>", start));
            assertThat(shelf).contains(casePath(unnamed, unnamedTitle));
        }
        assertThat(home)
                .doesNotContain(
                        author.name(),
                        "/members/" + handleOf(author),
                        "Canary Corp "
                                + author.email()
                                        .substring(
                                                author.email().indexOf('-') + 1,
                                                author.email().indexOf('@')));

        // The control: the same author's named case on the reader's topic shows their name there.
        String namedTitle = "Home shelf: the sourcing sprint we abandoned, by name";
        publishCase(author, editor, namedTitle, AttributionMode.NAMED, Topic.of("technical-copywriting"));
        assertThat(page("/", reader)).contains(namedTitle, author.name());
    }

    /**
     * The digest (mail and preview) says what a case is about, never who wrote it: an anonymous case's author is not
     * in the mail as received (raw and decoded) nor in the preview, and neither is a named case's author.
     */
    @Test
    void theDigestNeverRevealsAnAnonymousCasesAuthor() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        interests.chooseInterests(reader.id(), java.util.Set.of(Topic.of("recruiting-analytics")), java.util.Set.of());
        String unnamedTitle = "Digest: the dashboard nobody opened, anonymously";
        publishCase(author, editor, unnamedTitle, AttributionMode.ANONYMOUS, Topic.of("recruiting-analytics"));
        String namedTitle = "Digest: the dashboard nobody opened, by name";
        publishCase(author, editor, namedTitle, AttributionMode.NAMED, Topic.of("recruiting-analytics"));
        String company = "Canary Corp "
                + author.email()
                        .substring(
                                author.email().indexOf('-') + 1, author.email().indexOf('@'));

        assertThat(page("/digest/preview", reader))
                .contains(unnamedTitle, namedTitle)
                .doesNotContain(author.name(), "/members/" + handleOf(author), company);

        java.time.Instant slot = java.time.Instant.now()
                .plus(java.time.Duration.ofHours(2))
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        context.getBean(org.hros.digest.domain.DigestPreferences.class)
                .save(
                        reader.id(),
                        new org.hros.digest.domain.DigestChoice(
                                org.hros.digest.domain.DigestFrequency.DAILY,
                                java.time.DayOfWeek.MONDAY,
                                slot.atZone(java.time.ZoneOffset.UTC).getHour()));
        clock.advance(java.time.Duration.between(clock.instant(), slot.plusSeconds(30)));
        context.getBean(org.hros.digest.domain.DigestRuns.class).runNow();
        context.getBean(org.hros.digest.domain.DigestMailSender.class).sendDue();
        List<jakarta.mail.internet.MimeMessage> digests = new ArrayList<>();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (digests.isEmpty() && System.nanoTime() < deadline) {
            for (jakarta.mail.internet.MimeMessage m : TestMail.to(reader.email(), 0)) {
                if (m.getSubject().startsWith("Your HROS digest")) {
                    digests.add(m);
                }
            }
            Thread.sleep(100);
        }
        assertThat(digests).as("the reader's digest").hasSize(1);
        String raw = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(digests.get(0));
        assertThat(TestMail.text(digests.get(0))).contains(unnamedTitle, namedTitle);
        for (String output : List.of(raw, TestMail.text(digests.get(0)), TestMail.html(digests.get(0)))) {
            assertThat(output).doesNotContain(author.name(), author.email(), handleOf(author), company);
        }
    }

    /**
     * A pseudonymous reply and a named one posted 0.4 s apart: exact times (and ids in order) would tie them to
     * one person. Unnamed cases and their authors' replies show the day only, in HTML and JSON, and ids say
     * nothing about order.
     */
    @Test
    void unnamedCasesAndTheirAuthorsRepliesShowTheDayOnlyAndIdsRevealNoOrder() throws Exception {
        Instant afternoon =
                LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(14, 5).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(Instant.now(), afternoon));
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        String title = "Exit interviews nobody read, told anonymously";
        long unnamed = publishCase(author, editor, title, AttributionMode.ANONYMOUS);
        long othersCase = publishCase(other, editor, "Exit interviews we did read, by name", AttributionMode.NAMED);
        long pseudonymous = discussion.post(caseRef(unnamed), author.id(), "We never read them.", null);
        clock.advance(Duration.ofMillis(400));
        long named = discussion.post(caseRef(othersCase), author.id(), "Yours went better than ours.", null);
        LocalDate day = afternoon.atZone(ZoneOffset.UTC).toLocalDate();
        String midnight = day + "T00:00:00Z";

        String casePage = page(casePath(unnamed, title), null);
        assertThat(casePage)
                .as("the anonymous case's page")
                .contains("datetime=\"" + day + "\"")
                .doesNotContain("T14:0", "14:0");
        String caseJson = page("/api/v1/cases/" + unnamed, null);
        assertThat(JsonPath.<String>read(caseJson, "$.publishedAt")).isEqualTo(midnight);
        assertThat(JsonPath.<String>read(caseJson, "$.firstPublishedAt")).isEqualTo(midnight);
        assertThat(JsonPath.<List<String>>read(
                        page("/api/v1/cases?size=50", null), "$.items[?(@.id == " + unnamed + ")].publishedAt"))
                .as("its card in the list")
                .containsExactly(midnight);
        String thread = page("/api/v1/cases/" + unnamed + "/replies", null);
        assertThat(JsonPath.<List<String>>read(thread, "$.replies[?(@.id == " + pseudonymous + ")].postedAt"))
                .containsExactly(midnight);
        assertThat(page("/api/v1/replies/" + pseudonymous, null))
                .contains(midnight)
                .doesNotContain("T14:0");

        // The control: the same author's named reply keeps its exact time, as every named reply does.
        String namedThread = page("/api/v1/cases/" + othersCase + "/replies", null);
        assertThat(JsonPath.<List<String>>read(namedThread, "$.replies[?(@.id == " + named + ")].postedAt"))
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith(day + "T14:0");
        assertThat(page(casePath(othersCase, "Exit interviews we did read, by name"), null))
                .containsPattern("14:0\\d UTC");

        // Ids: the two replies, posted one after the other, are not neighbours; nor are two cases published so.
        assertThat(Math.abs(named - pseudonymous))
                .as("reply ids %d and %d", pseudonymous, named)
                .isGreaterThan(1000);
        assertThat(Math.abs(othersCase - unnamed))
                .as("case ids %d and %d", unnamed, othersCase)
                .isGreaterThan(1000);
        List<Long> sequence = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sequence.add(discussion.post(caseRef(othersCase), other.id(), "Reply number " + i + ".", null));
        }
        assertThat(sequence)
                .as("eight replies in a row")
                .isNotEqualTo(sequence.stream().sorted().toList());
        assertThat(sequence).allSatisfy(id -> assertThat(id).isLessThan(1L << 53));
        List<Number> shownOrder =
                JsonPath.read(page("/api/v1/cases/" + othersCase + "/replies", null), "$.replies[*].id");
        assertThat(shownOrder.stream().map(Number::longValue).toList())
                .as("the thread is still in the order the replies were posted")
                .containsExactlyElementsOf(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(named), sequence.stream())
                                .toList());
    }

    /** A count one higher than the list of who reacted would show that the unnamed author reacted. */
    @Test
    void reactionCountsAgreeWithWhoReactedAndNeverCountAnUnnamedAuthorsOwnReactions() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long unnamed = publishCase(author, editor, "Reaction counts on an anonymous case", AttributionMode.ANONYMOUS);
        long named = publishCase(author, editor, "Reaction counts on a named case", AttributionMode.NAMED);
        long question = discussion.post(caseRef(unnamed), reader.id(), "How long did it take?", null);
        for (long id : new long[] {unnamed, named}) {
            reactions.set(caseRef(id), author.id(), ReactionKind.HELPED, true);
            reactions.set(caseRef(id), reader.id(), ReactionKind.HELPED, true);
        }
        reactions.set(new SubjectRef(SubjectType.REPLY, question), author.id(), ReactionKind.HELPED, true);

        assertThat(helpedCount("/api/v1/cases/" + unnamed + "/reactions")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(
                        page("/api/v1/cases/" + unnamed + "/reactions/members?kind=HELPED", null), "$.total"))
                .isEqualTo(1);
        assertThat(helpedCount("/api/v1/replies/" + question + "/reactions"))
                .as("the author's reaction to a reply in their case's thread")
                .isZero();
        assertThat(JsonPath.<Integer>read(
                        page("/api/v1/replies/" + question + "/reactions/members?kind=HELPED", null), "$.total"))
                .isZero();
        assertThat(discussions.count(caseRef(unnamed), ReactionKind.HELPED))
                .as("the count behind \"most helpful\"")
                .isEqualTo(1);
        assertThat(page(casePath(unnamed, "Reaction counts on an anonymous case"), author))
                .as("the author sees their reaction as given, on their own page only")
                .contains("aria-pressed=\"true\"");

        // The control: on a case that names its author, their reaction counts and is listed like anyone's.
        assertThat(helpedCount("/api/v1/cases/" + named + "/reactions")).isEqualTo(2);
        assertThat(page("/api/v1/cases/" + named + "/reactions/members?kind=HELPED", null))
                .contains(author.name());

        // Made anonymous later, the case counts its author no more: in its bar and in "most helpful".
        awaitHelpfulCount(named, 2);
        fixtures.authoring().changeAttribution(author.id(), named, AttributionMode.ANONYMOUS, null, false);
        assertThat(helpedCount("/api/v1/cases/" + named + "/reactions")).isEqualTo(1);
        assertThat(jdbc.sql("select helpful_count from case_study where id = ?")
                        .param(named)
                        .query(Long.class)
                        .single())
                .as("the stored count the library orders \"most helpful\" by")
                .isEqualTo(1);
    }

    /** A notice made while a case named its author must not keep the name once the case is anonymous. */
    @Test
    void noticesNameAReplysAuthorAsTheCaseShowsThemWhenRead() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = publishCase(author, editor, "Notices about a case made anonymous later", AttributionMode.NAMED);
        long question = discussion.post(caseRef(caseId), reader.id(), "Would you do it again?", null);
        long answer = discussion.post(caseRef(caseId), author.id(), "Not the same way.", question);
        awaitNotice(reader.id(), answer);
        assertThat(page("/notifications", reader)).as("while named").contains(author.name() + " replied in");

        fixtures.authoring().changeAttribution(author.id(), caseId, AttributionMode.ANONYMOUS, null, false);

        String notices = page("/notifications", reader);
        assertThat(notices).doesNotContain(author.name()).contains("Author of this case replied in");
        assertThat(jdbc.sql("select coalesce(text, '') || ' ' || coalesce(text_arg, '') from notice"
                                + " where recipient_id = ?")
                        .param(reader.id())
                        .query(String.class)
                        .list())
                .as("what is stored with the notice")
                .isNotEmpty()
                .noneMatch(text -> text.contains(author.name()));
    }

    /**
     * Notices about a clinic thread under the Chatham House rule (a new thread, a reply to one's own thread, a reply
     * in a thread one took part in) never name the writer: not in the bell, the notices page, what is stored, or
     * any mail, whichever way each member chose to hear of them.
     */
    @Test
    void circleNoticesUnderTheChathamHouseRuleNameNoWriter() throws Exception {
        Person opener = fixtures.member(MemberRole.MEMBER);
        Person helper = fixtures.member(MemberRole.MEMBER);
        Person third = fixtures.member(MemberRole.MEMBER);
        long circleId = circleService.create(
                opener.id(),
                new org.hros.circle.domain.CircleCommand(
                        "Chatham peers " + System.nanoTime(), "Under the rule.", 12, true, null));
        for (Person member : List.of(helper, third)) {
            String link = circleInvitations.createLink(circleId, opener.id(), 7);
            circleInvitations.join(link.substring(link.lastIndexOf('/') + 1), member.id());
        }
        List<Person> everyone = List.of(opener, helper, third);
        for (Person member : everyone) {
            for (org.hros.notification.NoticeCategory category : List.of(
                    org.hros.notification.NoticeCategory.CIRCLE_THREADS,
                    org.hros.notification.NoticeCategory.THREAD_REPLIES,
                    org.hros.notification.NoticeCategory.CIRCLE_REPLIES)) {
                noticePreferences.set(member.id(), category, org.hros.notification.NoticeDelivery.EMAIL_NOW);
            }
        }
        long threadId =
                circleService.openClinic(circleId, opener.id(), "What went wrong", "Our bonus backfired.", false);
        circleService.reply(circleId, threadId, helper.id(), "Mine too.");
        circleService.reply(circleId, threadId, third.id(), "And mine.");
        // opener: a thread reply from each; helper: the thread and the third's reply; third: the thread.
        java.util.Map<Person, Integer> expected = java.util.Map.of(opener, 2, helper, 2, third, 1);
        for (var entry : expected.entrySet()) {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
            while (jdbc.sql("select count(*) from notice where recipient_id = ?")
                                    .param(entry.getKey().id())
                                    .query(Long.class)
                                    .single()
                            < entry.getValue()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        for (Person reader : everyone) {
            List<String> outputs = new java.util.ArrayList<>();
            outputs.add(page("/notifications", reader));
            outputs.add(page("/notifications/bell", reader));
            outputs.addAll(jdbc.sql("select coalesce(text, '') || ' ' || coalesce(text_arg, '') from notice"
                            + " where recipient_id = ?")
                    .param(reader.id())
                    .query(String.class)
                    .list());
            for (jakarta.mail.internet.MimeMessage mail : TestMail.to(reader.email(), 1)) {
                outputs.add(mail.getSubject() + TestMail.text(mail) + TestMail.html(mail));
            }
            assertThat(outputs).as("what %s is told", reader.name()).hasSizeGreaterThanOrEqualTo(4);
            for (Person writer : everyone) {
                if (writer == reader) {
                    continue;
                }
                assertThat(outputs)
                        .as("what %s is told about %s", reader.name(), writer.name())
                        .noneMatch(o -> o.contains(writer.name())
                                || o.contains(writer.email())
                                || o.contains("/members/" + handleOf(writer)));
            }
        }
    }

    /** The triage desk ties an offering member to the case their draft became; every showing is audited. */
    @Test
    void theTriagePageShowingWhoseOfferBecameACaseIsAudited() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person writer = fixtures.member(MemberRole.MEMBER);
        long request = agenda.post(
                poster.id(),
                new RequestCommand(
                        "Offer audit: referral schemes that backfired",
                        "We need an honest account.",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        long offer = agenda.offer(request, writer.id(), OfferKind.FULL_CASE, "Ours backfired twice.");
        agenda.invite(offer, editor.id());
        long draft = agenda.accept(offer, writer.id());

        long before = auditedViews(editor, draft);
        String triage = page("/review/requests/" + request, editor);
        assertThat(triage).contains(writer.name(), "recorded in the audit log");
        assertThat(auditedViews(editor, draft)).isEqualTo(before + 1);
        page("/review/requests/" + request, editor);
        assertThat(auditedViews(editor, draft)).as("each showing").isEqualTo(before + 2);
    }

    private long auditedViews(Person editor, long caseId) {
        return audit.entries(1, 500).items().stream()
                .filter(e -> e.action() == AuditAction.SAW_OFFER_CASE
                        && e.actorId() == editor.id()
                        && Long.valueOf(caseId).equals(e.caseId()))
                .count();
    }

    /**
     * A photo straight from the author's phone, put into an anonymous case: its EXIF (the author as artist, GPS, the
     * camera's serial number), XMP and comment name them. Once published, the image's bytes and headers carry none
     * of it, and neither the case page, its JSON nor the image address names the author.
     */
    @Test
    void anImageInAnAnonymousCaseCarriesNothingOfItsAuthor() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String serial = "CAM-SERIAL-" + author.id() + "-77031";
        byte[] photo = org.hros.image.TestImages.jpegWithSecrets(author.name(), author.email(), serial);
        String upload = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/images")
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "file", author.name() + " at the office.jpg", "image/jpeg", photo))
                                .param("alt", "Whiteboard with the rescinded offers, names blurred")
                                .with(user(new MemberPrincipal(
                                        author.id(),
                                        author.email(),
                                        handleOf(author),
                                        author.name(),
                                        MemberRole.MEMBER,
                                        true,
                                        "")))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher address =
                Pattern.compile("\\(/images/([0-9a-f]{32})\\)").matcher(upload);
        assertThat(address.find()).as("the upload answers with the Markdown").isTrue();
        String markdown = "![Whiteboard with the rescinded offers, names blurred](/images/" + address.group(1) + ")";

        String title = "Offers we rescinded, with the whiteboard photo";
        var command =
                TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.ANONYMOUS);
        var sections = new java.util.EnumMap<org.hros.casestudy.Section, String>(command.sections());
        var first = sections.keySet().iterator().next();
        sections.put(first, "What we saw:\n\n" + markdown);
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());

        String employer = "Canary Corp "
                + author.email()
                        .substring(
                                author.email().indexOf('-') + 1, author.email().indexOf('@'));
        String casePage = page(casePath(id, title), null);
        assertThat(casePage)
                .contains("<img src=\"/images/" + address.group(1) + "\"", "alt=\"Whiteboard with the rescinded offers")
                .doesNotContain(author.name(), handleOf(author), author.email(), employer, serial);
        assertThat(page("/api/v1/cases/" + id, null)).doesNotContain(author.name(), author.email(), serial);

        MockHttpServletResponse image =
                mvc.perform(get("/images/" + address.group(1))).andReturn().getResponse();
        assertThat(image.getStatus()).isEqualTo(200);
        byte[] bytes = image.getContentAsByteArray();
        assertThat(org.hros.image.TestImages.contains(photo, org.hros.image.TestImages.GPS_LATITUDE))
                .as("the photo as uploaded says where it was taken")
                .isTrue();
        assertThat(org.hros.image.TestImages.contains(bytes, org.hros.image.TestImages.GPS_LATITUDE))
                .as("GPS")
                .isFalse();
        for (String secret : List.of(author.name(), author.email(), serial, employer, "Exif", "xap")) {
            assertThat(org.hros.image.TestImages.contains(bytes, secret))
                    .as(secret)
                    .isFalse();
        }
        assertThat(org.hros.image.TestImages.jpegMarkers(bytes)).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
        for (String header : image.getHeaderNames()) {
            assertThat(String.join(" ", image.getHeaders(header)))
                    .as(header)
                    .doesNotContain(author.name(), author.email(), handleOf(author), "office");
        }
    }

    private long publishCase(Person author, Person editor, String title, AttributionMode mode) {
        return publishCase(author, editor, title, mode, Topic.of("sourcing"));
    }

    private long publishCase(Person author, Person editor, String title, AttributionMode mode, Topic topic) {
        long id = fixtures.authoring()
                .createDraft(author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, topic, mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    private static SubjectRef caseRef(long id) {
        return new SubjectRef(SubjectType.CASE, id);
    }

    private static String handleOf(Person person) {
        return org.hros.shared.Slugs.slugify(person.name());
    }

    private static String casePath(long id, String title) {
        return "/cases/" + id + "/" + org.hros.shared.Slugs.slugify(title);
    }

    private long helpedCount(String path) throws Exception {
        return JsonPath.<Number>read(page(path, null), "$.counts.helped").longValue();
    }

    /** A page or JSON answer as a visitor ({@code null}) or a member sees it. */
    private String page(String path, Person viewer) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (viewer != null) {
            request = request.with(user(new MemberPrincipal(
                    viewer.id(), viewer.email(), handleOf(viewer), viewer.name(), roleOf(viewer), true, "")));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static MemberRole roleOf(Person person) {
        return person.email().startsWith("editor-") ? MemberRole.EDITOR : MemberRole.MEMBER;
    }

    private void awaitHelpfulCount(long caseId, long expected) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long stored = jdbc.sql("select helpful_count from case_study where id = ?")
                    .param(caseId)
                    .query(Long.class)
                    .single();
            if (stored == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("helpful count of case " + caseId + " never reached " + expected);
    }

    private void awaitNotice(long recipientId, long replyId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Long made = jdbc.sql("select count(*) from notice where recipient_id = ? and reply_id = ?")
                    .params(recipientId, replyId)
                    .query(Long.class)
                    .single();
            if (made > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no notice about reply " + replyId);
    }

    /**
     * Readers saw the case, and its author's replies and reactions on it, under the author's name; making it
     * anonymous must take it back everywhere at once.
     */
    private static void track(LeakScene scene) {
        List<org.hros.track.StepCommand> steps = new java.util.ArrayList<>();
        for (SceneCase c : scene.cases()) {
            if (c.stage() == Stage.PUBLISHED && c.mode() != AttributionMode.NAMED) {
                steps.add(new org.hros.track.StepCommand(
                        org.hros.track.StepKind.CASE,
                        c.id(),
                        null,
                        null,
                        null,
                        null,
                        "A failure told without a name.",
                        "What would you have done differently?"));
            }
        }
        scene.context()
                .getBean(org.hros.track.TrackSamples.class)
                .publishSample(
                        scene.editor().id(),
                        new org.hros.track.TrackCommand(
                                "Failures told without names",
                                org.hros.shared.Skill.of("retrospectives"),
                                "Reading failures whose authors chose not to be named.",
                                false,
                                steps));
    }

    private static void namedThenAnonymous(LeakScene scene) {
        Canary canary = scene.canaries().get(0);
        SceneCase named =
                scene.publishAfterReview(canary, "Salary ranges we hid, then published", AttributionMode.NAMED);
        scene.reply(canary.id(), named, "Ask me anything about publishing the ranges.", null);
        scene.react(canary.id(), SubjectType.CASE, named.id(), ReactionKind.HELPED);
        List<String> outputs = List.of(
                named.path(),
                "/",
                "/cases",
                "/api/v1/cases",
                "/api/v1/cases/" + named.id(),
                "/discussion/CASE/" + named.id(),
                "/api/v1/cases/" + named.id() + "/replies",
                "/reactions/CASE/" + named.id() + "/helped");
        LeakScanner justThisCanary = new LeakScanner(List.of(canary));
        for (String output : outputs) {
            assertThat(justThisCanary.scan(output, scene.visitor().get(output)))
                    .as("while named, %s credits the author", output)
                    .isNotEmpty();
        }
        scene.makeAnonymous(named);
        for (String output : outputs) {
            scene.scanner()
                    .scan("at once after the change: " + output, scene.visitor().get(output));
        }
    }

    /**
     * The canaries take part in the discussion of their own role-only and anonymous cases, where they appear as
     * "Author of this case": they answer a member's question, mention that member, answer deeper than the case
     * page shows (so the folded branch pages are outputs too), edit a reply (its history is shown), remove one,
     * and react to their case and to a reply in its thread. The other member replies and reacts under their own
     * name, so threads, reaction lists and bookmarks all have content to leak through.
     */
    private static void discussions(LeakScene scene) {
        Person member = scene.member();
        String handle = org.hros.shared.Slugs.slugify(member.name());
        for (SceneCase c : scene.cases(Stage.PUBLISHED)) {
            if (c.mode() == AttributionMode.NAMED) {
                continue;
            }
            long author = c.author().id();
            long question = scene.reply(member.id(), c, "What would you do differently next time?", null);
            long answer = scene.reply(
                    author, c, "Start smaller, and ask @" + handle + " about their pilot: it went better.", question);
            long thanks = scene.reply(member.id(), c, "Thanks, that is **useful**.", answer);
            scene.reply(author, c, "> Thanks, that is useful.\n\nGlad it helps.", thanks);
            scene.editReply(author, answer, "Start smaller, and ask @" + handle + " about their pilot.");
            scene.removeReply(author, scene.reply(author, c, "A line I took back.", null));
            scene.react(author, SubjectType.CASE, c.id(), ReactionKind.HELPED);
            scene.react(author, SubjectType.CASE, c.id(), ReactionKind.FAILED_TOO);
            scene.react(author, SubjectType.REPLY, question, ReactionKind.ME_TOO);
            for (ReactionKind kind : ReactionKind.values()) {
                scene.react(member.id(), SubjectType.CASE, c.id(), kind);
            }
            scene.react(member.id(), SubjectType.REPLY, answer, ReactionKind.HELPED);
            scene.react(member.id(), SubjectType.REPLY, question, ReactionKind.ME_TOO);
        }
    }

    /**
     * The crawl must have reached every published canary case and the control's, by links alone, and every
     * linked path: the budget may cut facet combinations, never a page.
     */
    private static void checkTheCrawlReachedTheCases(SoftAssertions softly, Crawler crawl, LeakScene scene) {
        Map<String, Page> visited = crawl.visited();
        String who = crawl.browser().name();
        softly.assertThat(crawl.unvisitedPaths())
                .as(
                        "%s: linked paths left unvisited at the budget of %d (only query variants may be)",
                        who, CRAWL_BUDGET)
                .isZero();
        softly.assertThat(visited.keySet())
                .as("%s reached the radar's evidence pages by following links", who)
                .anyMatch(path -> path.startsWith("/radar/blips/"));
        for (SceneCase c : scene.cases(Stage.PUBLISHED)) {
            softly.assertThat(visited.get(c.path()))
                    .as("%s reached %s by following links", who, c.path())
                    .isNotNull()
                    .extracting(Page::status)
                    .isEqualTo(200);
        }
        Page control = visited.get(scene.controlPath(CONTROL_TITLE));
        softly.assertThat(control).as("%s reached the control case", who).isNotNull();
        if (control != null) {
            softly.assertThat(control.body())
                    .as("the control's own name on their named case, seen by %s", who)
                    .contains(scene.control().name());
        }
    }

    /** Pages nothing links to: old revisions, wrong slugs, error pages, other people's drafts and reviews. */
    private static List<String> probes(Crawler crawl, LeakScene scene) {
        List<String> probes = new ArrayList<>();
        for (Page page : crawl.pages(CASE_PAGE, 200)) {
            probes.add(page.path() + "?revision=1");
        }
        probes.addAll(List.of(
                "/cases/" + NO_SUCH_CASE,
                "/cases/" + NO_SUCH_CASE + "/no-such-case",
                "/no-such-page",
                "/members/no-such-member",
                "/cases?topic=astrology",
                "/cases?page=abc",
                "/api/v1/cases?topic=astrology"));
        for (long team : scene.teams()) {
            probes.addAll(List.of(
                    "/teams/" + team,
                    "/teams/" + team + "/dashboard",
                    "/teams/" + team + "/progress.csv",
                    "/api/v1/teams/" + team,
                    "/api/v1/teams/" + team + "/progress"));
        }
        for (SceneCase c : scene.cases()) {
            probes.addAll(List.of(
                    "/cases/" + c.id(),
                    c.path(),
                    c.path() + "?revision=1",
                    "/cases/" + c.id() + "/not-its-slug",
                    "/my/cases/" + c.id(),
                    "/review/" + c.id()));
        }
        return probes;
    }

    private static void checkProbes(SoftAssertions softly, Crawler crawl, LeakScene scene) {
        String who = crawl.browser().name();
        for (long team : scene.teams()) {
            softly.assertThat(status(crawl, "/teams/" + team))
                    .as("a team's page, %s", who)
                    .isEqualTo(404);
            softly.assertThat(status(crawl, "/api/v1/teams/" + team))
                    .as("a team in the API, %s", who)
                    .isEqualTo(404);
        }
        softly.assertThat(status(crawl, "/cases/" + NO_SUCH_CASE))
                .as("unknown case, %s", who)
                .isEqualTo(404);
        softly.assertThat(status(crawl, "/cases?topic=astrology"))
                .as("bad facet, %s", who)
                .isEqualTo(400);
        for (SceneCase c : scene.cases(Stage.WITHDRAWN)) {
            softly.assertThat(status(crawl, c.path()))
                    .as("withdrawn case, %s", who)
                    .isEqualTo(410);
        }
    }

    private static int status(Crawler crawl, String target) {
        Page page = crawl.visited().get(target);
        return page == null ? -1 : page.status();
    }

    /** A canary's public profile is theirs to show; it must not tie them to the cases they did not sign. */
    /**
     * The open-data dump, rebuilt now and downloaded as a mirror does: every file in it is scanned, and it holds the
     * canaries' published cases (so the scan read them) but not the withdrawn one.
     */
    private void checkTheOpenDataDump(SoftAssertions softly, LeakScanner scanner, LeakScene scene) throws Exception {
        context.getBean(org.hros.export.domain.OpenData.class).rebuild();
        byte[] zip = mvc.perform(get("/open-data/" + org.hros.export.domain.OpenData.FILE_NAME))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder all = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                scanner.scan("open-data dump: " + entry.getName(), text);
                all.append(text);
            }
        }
        for (SceneCase c : scene.cases()) {
            if (c.stage() == LeakScene.Stage.PUBLISHED) {
                softly.assertThat(all).as("the dump holds " + c.title()).contains(c.title());
            } else if (c.stage() == LeakScene.Stage.WITHDRAWN) {
                softly.assertThat(all).as("the dump leaves out " + c.title()).doesNotContain(c.title());
            }
        }
    }

    private static void checkProfilesListNoPrivateCases(SoftAssertions softly, Browser visitor, LeakScene scene) {
        for (Canary canary : scene.canaries()) {
            String profile = visitor.get("/members/" + canary.handle()).body();
            softly.assertThat(profile).as("profile of %s", canary.label()).contains(canary.displayName());
            for (SceneCase c : scene.cases()) {
                if (c.author() == canary && c.mode() != AttributionMode.NAMED) {
                    softly.assertThat(profile)
                            .as("profile of %s and their %s case", canary.label(), c.mode())
                            .doesNotContain("/cases/" + c.id() + "/", c.title());
                }
            }
        }
    }

    private static void checkTheSweepReadTheCases(SoftAssertions softly, ApiSweep api, LeakScene scene) {
        for (SceneCase c : scene.cases(Stage.PUBLISHED)) {
            softly.assertThat(api.calls())
                    .as("the API sweep read case %d", c.id())
                    .anySatisfy(call -> {
                        assertThat(call.target()).isEqualTo("/api/v1/cases/" + c.id());
                        assertThat(call.status()).isEqualTo(200);
                    });
        }
    }

    private static void awaitMails(Map<String, Integer> expected) {
        expected.forEach((address, count) -> assertThat(TestMail.to(address, count))
                .as("mails to %s", address)
                .hasSizeGreaterThanOrEqualTo(count));
    }

    private static List<Leak> leaksAt(LeakScanner scanner, String where) {
        return scanner.leaks().stream().filter(l -> l.where().contains(where)).toList();
    }
}
