package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of page, as a visitor, a member, an editor and an administrator see it, checked with axe-core in a real
 * browser on a desktop screen (1366×900) and on a phone (390×844): WCAG 2.2 A and AA and axe's best practices, every
 * impact. The demo community gives the pages that need a circle, a team, a goal, a track or a session to exist.
 * Each test checks all its pages and then lists every violation by page and width.
 */
@Tag("browser")
@ActiveProfiles({"test", "demo"})
class AccessibilityBrowserTests extends IntegrationTestBase {

    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    org.hros.webhook.domain.Webhooks webhooks;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    /** The demo's team lead and circle facilitator, its editor and its administrator (application-demo.properties). */
    private static final String DEMO_LEAD = "maya@example.org";

    private static final String DEMO_MEMBER_PASSWORD = "demo-member-password";
    private static final String DEMO_PRACTISED = "jonas@example.org";
    private static final String DEMO_EDITOR = "elena@example.org";
    private static final String DEMO_EDITOR_PASSWORD = "demo-editor-password";
    private static final String DEMO_ADMIN = "admin@example.org";
    private static final String DEMO_ADMIN_PASSWORD = "demo-admin-password";

    @Test
    void pagesForVisitorsMeetWcagAA() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String title = "Accessible failure story for readers";
        fixtures.published(author, editor, title, Outcome.FAILURE, Topic.of("candidate-experience"));
        fixtures.published(author, editor, "A spark of success", Outcome.SUCCESS, Topic.of("onboarding"));

        startSession("visitor");
        check("/");
        check("/cases");
        browser.click(By.xpath("//aside//a[span[normalize-space()="
                + Browser.literal(t(Topic.of("candidate-experience").messageKey())) + "]]"));
        browser.visible(By.cssSelector(".facet--active"));
        checkHere("/cases, filtered by topic");
        browser.click(link(title));
        browser.waitForHeading(title);
        checkHere("the case page");
        browser.click(By.cssSelector(".article__byline a.attribution"));
        browser.waitForHeading(author.name());
        checkHere("the author's profile");
        check("/signup");
        browser.click(button(t("signup.submit")));
        browser.visible(By.cssSelector(".error-summary"));
        checkHere("/signup, with errors");
        check("/login");
        check("/login?error");
        check("/password-reset");
        checkError("/cases/987654321");
        // Search: results with facets and snippets, a narrowed search, nothing found, a refused query.
        check("/search?q=failure+story");
        check("/search?q=story&outcome=failure&sort=newest");
        check("/search?q=zqxwvy");
        check("/search?q=story&kind=requests");
        check("/search?q=story&kind=discussion");
        browser.open("/search?q=" + "x".repeat(org.hros.search.SearchQuery.MAX_TEXT + 1));
        browser.visible(By.id("search-q-error"));
        checkHere("/search, refused");

        assertNoViolations();
    }

    @Test
    void pagesForAdminsMeetWcagAA() {
        Person admin = fixtures.member(MemberRole.ADMIN);

        long webhook = webhooks.create(
                        admin.id(),
                        new org.hros.webhook.domain.WebhookCommand(
                                "https://hooks.example.org/hros",
                                "Post new cases to the team chat",
                                java.util.Set.of(org.hros.webhook.domain.WebhookEventType.CASE_PUBLISHED)))
                .id();

        startSession("admin");
        logIn(admin);
        check("/admin/search");
        check("/admin/webhooks");
        check("/admin/webhooks/new");
        check("/admin/webhooks/" + webhook);
        webhooks.delete(admin.id(), webhook);

        assertNoViolations();
    }

    @Test
    void pagesForAuthorsMeetWcagAA() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "A draft back from review", Outcome.MIXED, Topic.of("sourcing"));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().addNote(id, editor.id(), Section.RESULTS, "Which numbers moved?");
        fixtures.reviews().returnToAuthor(id, editor.id(), "Nearly there.");

        startSession("author");
        logIn(author);
        check("/write");
        check("/write/case-study");
        check("/write/spark");
        browser.type(By.id("title"), "x");
        browser.click(button(t("edit.save")));
        browser.visible(By.cssSelector(".error-summary"));
        checkHere("a new case with errors");
        check("/my/cases");
        check("/my/cases/" + id);
        check("/images/new");
        browser.click(button(t("image.upload.submit")));
        browser.visible(By.cssSelector(".error-summary"));
        checkHere("an image upload without a file or a description");
        check("/profile");
        check("/notifications");
        check("/settings/notifications");
        check("/welcome");
        check("/welcome?step=requests");
        check("/welcome?step=circles");
        check("/");

        assertNoViolations();
    }

    @Test
    void pagesForEditorsMeetWcagAA() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "A submission to review", Outcome.FAILURE, Topic.of("interviewing"));
        fixtures.authoring().submit(author.id(), id);
        long other = fixtures.draft(author, "Another submission waiting", Outcome.SUCCESS, Topic.of("dei"));
        fixtures.authoring().submit(author.id(), other);

        startSession("editor");
        logIn(editor);
        check("/review");
        check("/review/" + id);
        browser.click(button(t("queue.claim")));
        browser.visible(By.id("note-summary"));
        checkHere("/review/" + id + ", claimed");

        assertNoViolations();
    }

    @Test
    void everyKindOfPageForVisitorsMeetsWcagAtBothWidths() {
        startSession("demo-visitor");
        visit("/requests");
        visit(firstLink("/requests", "/requests/\\d+(/[a-z0-9-]+)?"));
        visit("/tracks");
        String track = firstLink("/tracks", "/tracks/(?!mine$|new$)[a-z0-9-]+");
        visit(track);
        visit(firstLink(track, "/tracks/[a-z0-9-]+/steps/\\d+"));
        visit("/sessions");
        visit(firstLink("/sessions", "/sessions/\\d+"));
        visit("/radar");
        visit("/trends");
        visit("/search");
        visit("/open-data");
        checkError("/circles/987654321");
        checkError("/requests/987654321");

        assertNoViolations();
    }

    @Test
    void everyKindOfPageForMembersMeetsWcagAtBothWidths() {
        startSession("demo-member");
        browser.logIn(DEMO_LEAD, DEMO_MEMBER_PASSWORD, messages);
        visit("/");
        browser.openAccountMenu();
        checkHere("the account menu, open");
        visit("/my/cases");
        visit("/my/bookmarks");
        visit("/circles");
        String circle = firstLink("/circles", "/circles/\\d+");
        visit(circle);
        visit(circle + "/members");
        visit(firstLink(circle, "/circles/\\d+/threads/\\d+"));
        visit("/circles/new");
        visit("/goals");
        visit("/members/sam-whitfield/progress");
        visit(firstLink("/members/sam-whitfield/progress", "/goals/\\d+"));
        visit("/goals/new");
        visit("/teams");
        String team = firstLink("/teams", "/teams/\\d+");
        visit(team);
        visit(team + "/dashboard");
        visit("/teams/new");
        visit("/exercises");
        String exercise = firstLink("/exercises", "/exercises/(?!new$|reviews$)[a-z0-9-]+");
        visit(exercise);
        visit(exercise + "/history");
        visit("/exercises/reviews");
        visit("/tracks/mine");
        visit("/requests/new");
        visit("/digest/preview");
        visit("/notifications");
        visit("/settings/notifications");
        visit("/settings/digest");
        visit("/settings/data");
        visit("/profile");
        checkError("/admin");

        // A member who passed an exercise: an attempt with its computed feedback.
        startSession("demo-member-who-practised");
        browser.logIn(DEMO_PRACTISED, DEMO_MEMBER_PASSWORD, messages);
        String attempt = firstAttempt();
        visit(attempt);

        assertNoViolations();
    }

    /** The first attempt the signed-in member made on any exercise, from the exercises' history pages. */
    private String firstAttempt() {
        browser.open("/exercises");
        browser.visible(By.tagName("h1"));
        @SuppressWarnings("unchecked")
        List<String> exercises =
                (List<String>) browser.script("return Array.from(document.querySelectorAll('main a[href]'))"
                        + ".map(a => a.getAttribute('href').replace(/[?#].*$/, ''));");
        for (String exercise : exercises.stream()
                .filter(href -> href.matches("/exercises/(?!new$|reviews$)[a-z0-9-]+"))
                .distinct()
                .toList()) {
            browser.open(exercise + "/history");
            browser.visible(By.tagName("h1"));
            @SuppressWarnings("unchecked")
            List<String> attempts = (List<String>)
                    browser.script("return Array.from(document.querySelectorAll('main a[href*=\"/attempts/\"]'))"
                            + ".map(a => a.getAttribute('href').replace(/[?#].*$/, ''))"
                            + ".filter(h => /^\\/exercises\\/[a-z0-9-]+\\/attempts\\/\\d+$/.test(h));");
            if (!attempts.isEmpty()) {
                return attempts.get(0);
            }
        }
        throw new AssertionError("The demo member has no exercise attempt");
    }

    @Test
    void everyKindOfPageForEditorsAndAdminsMeetsWcagAtBothWidths() {
        startSession("demo-editor");
        browser.logIn(DEMO_EDITOR, DEMO_EDITOR_PASSWORD, messages);
        visit("/review");
        visit(firstLink("/review", "/review/\\d+"));
        visit("/review/flags");
        visit("/review/requests");
        visit("/review/radar");
        visit("/sessions/new");
        visit("/tracks/new");

        startSession("demo-admin");
        browser.logIn(DEMO_ADMIN, DEMO_ADMIN_PASSWORD, messages);
        visit("/admin");
        visit("/admin/members");
        visit(firstLink("/admin/members", "/admin/members/\\d+"));
        visit("/admin/audit");
        visit("/admin/digest");
        visit("/admin/search");

        assertNoViolations();
    }

    @Test
    void theCommunityDashboardAndTheOperationsPageMeetWcagAtBothWidths() {
        startSession("demo-admin-operations");
        browser.logIn(DEMO_ADMIN, DEMO_ADMIN_PASSWORD, messages);
        visit("/admin/dashboard?weeks=52");
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart")))
                .as("the demo community's year draws every chart")
                .hasSize(6);
        visit("/admin/operations");

        assertNoViolations();
    }

    /** Opens a page, makes sure it is the page itself and not a login or error page, and checks it. */
    private void check(String path) {
        browser.open(path);
        browser.visible(By.tagName("h1"));
        assertThat(browser.path()).isEqualTo(path);
        assertThat(browser.driver().findElements(By.cssSelector(".error-page"))).isEmpty();
        checkHere(path);
    }

    /** Opens a page that answers with an error, and checks the error page. */
    private void checkError(String path) {
        browser.open(path);
        browser.visible(By.cssSelector(".error-page h1"));
        checkHere(path);
    }

    /** Checks the page in front of the browser, as it is now, on a desktop screen and on a phone. */
    private void checkHere(String where) {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.driver().manage().window().setSize(size);
            List<String> found = Axe.violations(browser);
            if (!found.isEmpty()) {
                String at = where + " at " + size.getWidth() + " px";
                violations.put(at, found);
                browser.capture("axe-" + at.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        }
        browser.driver().manage().window().setSize(DESKTOP);
    }

    /** Opens a page that may redirect to its canonical address, makes sure it is no log-in or error page, checks it. */
    private void visit(String path) {
        browser.open(path);
        browser.visible(By.tagName("h1"));
        assertThat(browser.path()).as("%s is shown, not the log-in page", path).doesNotStartWith("/login");
        assertThat(browser.driver().findElements(By.cssSelector(".error-page")))
                .as("%s is no error page", path)
                .isEmpty();
        checkHere(path);
    }

    /** The first link in the main part of {@code page} whose path matches {@code pattern}. */
    private String firstLink(String page, String pattern) {
        browser.open(page);
        browser.visible(By.tagName("h1"));
        @SuppressWarnings("unchecked")
        List<String> hrefs =
                (List<String>) browser.script("return Array.from(document.querySelectorAll('main a[href]'))"
                        + ".map(a => a.getAttribute('href').replace(/[?#].*$/, ''));");
        return hrefs.stream()
                .filter(href -> href.matches(pattern))
                .findFirst()
                .orElseThrow(() -> new AssertionError(page + " links to nothing like " + pattern + ": " + hrefs));
    }

    private void startSession(String who) {
        browser.session(who);
        browser.driver().manage().window().setSize(DESKTOP);
    }

    private void assertNoViolations() {
        StringBuilder report = new StringBuilder();
        violations.forEach((page, lines) -> {
            report.append('\n').append(page).append(':');
            lines.forEach(line -> report.append("\n  - ").append(line));
        });
        assertThat(violations).as("WCAG 2.2 AA violations by page:%s", report).isEmpty();
    }

    private void logIn(Person person) {
        browser.logIn(person.email(), messages);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
