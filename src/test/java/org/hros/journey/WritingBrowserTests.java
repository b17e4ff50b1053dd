package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.util.List;
import java.util.Locale;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalCommand;
import org.hros.practice.domain.GoalService;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Writing in a real browser: a story written past the end of the session is kept and saved after logging in
 * again, autosave brings back a closed tab's work, the toolbar and the preview, and a confirmation that stops a
 * one-click delete.
 */
@Tag("browser")
class WritingBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    GoalService goals;

    private static final String STORY = "We ghosted forty applicants after the hiring freeze and it cost us.";

    @Test
    void aStoryWrittenPastTheEndOfTheSessionIsSavedAfterLoggingIn() {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "The freeze", Outcome.FAILURE, Topic.of("candidate-experience"));
        logIn(author);
        browser.open("/my/cases/" + id);
        browser.waitForHeading("The freeze");

        // The session ends while the author writes (as after a long pause): the server forgets it.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        WebElement wrong = browser.visible(By.id("wrong"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", wrong);
        // Replaces the text in one go (no change event before the click), well within the autosave's pause.
        wrong.sendKeys(Keys.chord(Keys.CONTROL, "a"), STORY);
        browser.click(button(t("edit.save")));

        // Never JSON: the log-in page, saying the text is kept.
        browser.until(ExpectedConditions.urlContains("/login?kept"));
        assertThat(browser.driver().getPageSource()).doesNotContain("\"status\":403");
        assertThat(browser.text(By.cssSelector("main .flash"))).isEqualTo(t("login.kept"));
        browser.type(By.id("email"), author.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));

        browser.until(ExpectedConditions.urlMatches("/my/cases/" + id + "$"));
        assertThat(browser.text(By.cssSelector("main > .flash"))).isEqualTo(t("kept.saved"));
        assertThat(browser.visible(By.id("wrong")).getDomProperty("value")).isEqualTo(STORY);
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).isEqualTo(STORY);
    }

    @Test
    void autosaveBringsBackTheWorkOfAClosedTab() {
        Person author = fixtures.member(MemberRole.MEMBER);
        logIn(author);
        browser.open("/write/spark");
        browser.waitForHeading(t("edit.newSpark"));
        browser.type(By.id("title"), "Referral bonus that backfired");
        browser.type(By.id("why"), "Referrals dried up after we doubled the bonus.");
        // Nobody presses Save: the first autosave creates the draft and the page now edits it.
        browser.until(ExpectedConditions.urlMatches("/my/cases/\\d+$"));
        browser.until(ExpectedConditions.textMatches(
                By.id("autosave-status"), java.util.regex.Pattern.compile("Saved at \\d\\d:\\d\\d UTC")));
        String draftPath = browser.path();
        long id = Long.parseLong(draftPath.substring("/my/cases/".length()));

        // The toolbar formats the selection; the preview shows it as readers will see it.
        WebElement what = browser.visible(By.id("what"));
        what.sendKeys("Quality fell");
        what.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        browser.click(By.cssSelector("[data-md-toolbar=what] button[data-md=bold]"));
        assertThat(what.getDomProperty("value")).isEqualTo("**Quality fell**");
        browser.click(By.cssSelector("#section-what button[name=preview]"));
        assertThat(browser.visible(By.cssSelector("#preview-what strong")).getText())
                .isEqualTo("Quality fell");
        // Everything typed reaches the server without a press of Save.
        browser.until(d -> "**Quality fell**"
                        .equals(authoring.draft(author.id(), id).markdown(Section.WHAT))
                && authoring.draft(author.id(), id).markdown(Section.WHY).startsWith("Referrals dried up"));
        assertThat(authoring.myCases(author.id())).hasSize(1);

        // The tab is closed without saving; a new one opens the draft.
        String closed = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        String reopened = browser.driver().getWindowHandle();
        browser.driver().switchTo().window(closed).close();
        browser.driver().switchTo().window(reopened);
        browser.open(draftPath);
        browser.waitForHeading("Referral bonus that backfired");
        assertThat(browser.visible(By.id("why")).getDomProperty("value"))
                .isEqualTo("Referrals dried up after we doubled the bonus.");
        assertThat(browser.visible(By.id("what")).getDomProperty("value")).isEqualTo("**Quality fell**");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void twoTabsEditingOneDraftNeverOverwriteEachOtherSilently() {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Two tabs", Outcome.FAILURE, Topic.of("sourcing"));
        logIn(author);
        browser.open("/my/cases/" + id);
        browser.waitForHeading("Two tabs");
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/my/cases/" + id);
        browser.waitForHeading("Two tabs");

        // The second tab writes and is autosaved.
        browser.visible(By.id("lessons")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Theirs: ask the team first.");
        browser.until(
                d -> authoring.draft(author.id(), id).markdown(Section.LESSONS).startsWith("Theirs"));

        // The first tab, opened before that, writes too: its autosave refuses and says why.
        browser.driver().switchTo().window(first);
        browser.visible(By.id("lessons")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Mine: measure before.");
        browser.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), t("autosave.conflict")));
        browser.click(button(t("edit.save")));

        browser.visible(By.id("conflict"));
        assertThat(browser.text(By.cssSelector("#conflict .conflict__theirs"))).contains("Theirs: ask the team first.");
        assertThat(browser.text(By.cssSelector("#conflict .conflict__yours"))).contains("Mine: measure before.");
        assertThat(org.hros.support.Axe.violationsAtBothWidths(browser))
                .as("accessibility of the conflict screen")
                .isEmpty();
        assertThat(authoring.draft(author.id(), id).markdown(Section.LESSONS)).isEqualTo("Theirs: ask the team first.");

        // Choosing "mine": the form holds it, based on the current version now.
        browser.click(button(t("edit.save")));
        browser.until(ExpectedConditions.urlMatches("/my/cases/" + id + "$"));
        assertThat(browser.text(By.cssSelector("main > .flash"))).isEqualTo(t("case.saved"));
        assertThat(authoring.draft(author.id(), id).markdown(Section.LESSONS)).isEqualTo("Mine: measure before.");
    }

    @Test
    void aConfirmationStopsAOneClickDelete() {
        Person owner = fixtures.member(MemberRole.MEMBER);
        long goal = goals.create(
                owner.id(),
                new GoalCommand("Answer every applicant", null, GoalVisibility.ONLY_ME, List.of(), null, null));
        logIn(owner);
        browser.open("/goals/" + goal);
        browser.waitForHeading("Answer every applicant");

        browser.click(link(t("goal.delete")));
        WebElement dialog = browser.visible(By.id("confirm-delete-goal"));
        assertThat(dialog.getText()).contains(t("confirm.deleteGoal.gone"));
        assertThat(browser.path()).isEqualTo("/goals/" + goal);
        browser.click(By.cssSelector("#confirm-delete-goal [data-dialog-close]"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-delete-goal")));
        browser.open("/goals/" + goal);
        browser.waitForHeading("Answer every applicant");

        browser.click(link(t("goal.delete")));
        browser.click(By.cssSelector("#confirm-delete-goal button[type=submit]"));
        browser.until(ExpectedConditions.urlMatches("/goals$"));
        assertThat(browser.text(By.cssSelector("main > .flash"))).isEqualTo(t("goal.deleted"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void logIn(Person member) {
        browser.session("writer");
        browser.logIn(member.email(), messages);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
