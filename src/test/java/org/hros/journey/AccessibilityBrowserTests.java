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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every kind of page, as a visitor, an author and an editor see it, checked with axe-core against WCAG 2.2 A
 * and AA in a real browser: contrast, names of controls, landmarks, headings. Each test checks all its pages
 * and then lists every violation by page.
 */
@Tag("browser")
class AccessibilityBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void pagesForVisitorsMeetWcagAA() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String title = "Accessible failure story for readers";
        fixtures.published(author, editor, title, Outcome.FAILURE, Topic.CANDIDATE_EXPERIENCE);
        fixtures.published(author, editor, "A spark of success", Outcome.SUCCESS, Topic.ONBOARDING);

        browser.session("visitor");
        check("/");
        check("/cases");
        browser.click(By.xpath("//aside//a[span[normalize-space()="
                + Browser.literal(t(Topic.CANDIDATE_EXPERIENCE.messageKey())) + "]]"));
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

        browser.session("admin");
        logIn(admin);
        check("/admin/search");

        assertNoViolations();
    }

    @Test
    void pagesForAuthorsMeetWcagAA() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "A draft back from review", Outcome.MIXED, Topic.SOURCING);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().addNote(id, editor.id(), Section.RESULTS, "Which numbers moved?");
        fixtures.reviews().returnToAuthor(id, editor.id(), "Nearly there.");

        browser.session("author");
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
        long id = fixtures.draft(author, "A submission to review", Outcome.FAILURE, Topic.INTERVIEWING);
        fixtures.authoring().submit(author.id(), id);
        long other = fixtures.draft(author, "Another submission waiting", Outcome.SUCCESS, Topic.DEI);
        fixtures.authoring().submit(author.id(), other);

        browser.session("editor");
        logIn(editor);
        check("/review");
        check("/review/" + id);
        browser.click(button(t("queue.claim")));
        browser.visible(By.id("note-summary"));
        checkHere("/review/" + id + ", claimed");

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

    /** Checks the page in front of the browser, as it is now. */
    private void checkHere(String where) {
        List<String> found = Axe.violations(browser);
        if (!found.isEmpty()) {
            violations.put(where, found);
            browser.capture("axe-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
        }
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
