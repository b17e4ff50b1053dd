package org.hros.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import org.hros.casestudy.AttributionMode;
import org.hros.member.MemberRole;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A discussion in a real browser: a member replies on a case with a mention, the author answers that reply in
 * place, and reactions toggle and count, all without the page reloading; the member mentioned is told. Labels come from
 * {@code messages.properties}, as the pages show them.
 */
@Tag("browser")
class DiscussionBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void aReplyWithAMentionIsAnsweredInPlaceAndReactionsToggleAndCount() {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        Person mentioned = fixtures.member(MemberRole.MEMBER);
        String title = "Hiring manager training we made optional";
        long caseId = scene.published(author, title, AttributionMode.NAMED);
        String path = Scene.path(caseId, title);

        // A reader replies and mentions a member; the reply appears without the page reloading.
        browser.session("reader");
        logIn(reader);
        browser.open(path);
        markThePage();
        browser.type(By.id("reply-body"), "Same here. @" + Scene.handle(mentioned) + " ran the fix at their place.");
        browser.click(button(t("discussion.compose.submit")));
        By firstReply = By.cssSelector("#replies-case-" + caseId + " > li.reply");
        browser.until(ExpectedConditions.numberOfElementsToBe(firstReply, 1));
        assertThat(browser.text(firstReply)).contains("Same here.", reader.name());
        assertThat(browser.visible(By.cssSelector("#replies-case-" + caseId + " .reply__text a"))
                        .getDomAttribute("href"))
                .isEqualTo("/members/" + Scene.handle(mentioned));
        assertThat(browser.visible(By.id("reply-body")).getDomProperty("value"))
                .as("the form is ready for the next reply")
                .isEmpty();
        assertThePageWasNotReloaded();

        // Reactions on the case toggle and count in place.
        By helped = By.cssSelector("#reactions-case-" + caseId + " button[data-reaction='helped']");
        browser.click(helped);
        waitUntilPressed(helped, true);
        assertThat(browser.text(helped)).isEqualTo(t("reaction.helped") + " 1");
        browser.click(helped);
        waitUntilPressed(helped, false);
        assertThat(browser.text(helped)).isEqualTo(t("reaction.helped") + " 0");
        By failedToo = By.cssSelector("#reactions-case-" + caseId + " button[data-reaction='failed-too']");
        browser.click(failedToo);
        waitUntilPressed(failedToo, true);
        assertThat(browser.text(failedToo)).isEqualTo(t("reaction.failed-too") + " 1");
        assertThePageWasNotReloaded();
        assertThat(browser.consoleErrors()).isEmpty();

        // The author answers that reply in place, and reacts to it.
        browser.session("author");
        logIn(author);
        browser.open(path);
        markThePage();
        assertThat(browser.text(failedToo)).isEqualTo(t("reaction.failed-too") + " 1");
        String replyId = browser.visible(firstReply).getDomAttribute("id").substring("reply-".length());
        browser.click(By.cssSelector("#reply-article-" + replyId + " a[hx-get$='/reply-form']"));
        browser.type(By.id("reply-body-" + replyId), "Thank you, I will ask them.");
        browser.click(button(t("discussion.compose.replySubmit")));
        By answer = By.cssSelector("#children-" + replyId + " > li.reply");
        browser.until(ExpectedConditions.numberOfElementsToBe(answer, 1));
        assertThat(browser.text(answer)).contains("Thank you, I will ask them.", author.name());
        browser.until(ExpectedConditions.numberOfElementsToBe(By.id("reply-body-" + replyId), 0));

        By meToo = By.cssSelector("#reactions-reply-" + replyId + " button[data-reaction='me-too']");
        browser.click(meToo);
        waitUntilPressed(meToo, true);
        assertThat(browser.text(meToo)).isEqualTo(t("reaction.me-too") + " 1");
        assertThePageWasNotReloaded();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(Axe.violations(browser))
                .as("WCAG 2.2 AA on a case page with its thread, an inline form opened and swapped fragments")
                .isEmpty();
        browser.click(By.cssSelector("#reply-article-" + replyId + " a[hx-get$='/reply-form?quote=true']"));
        assertThat(browser.visible(By.id("reply-body-" + replyId)).getDomProperty("value"))
                .startsWith("> Same here.");
        browser.click(By.cssSelector("#reactions-case-" + caseId + " button[data-reaction='bookmark']"));
        waitUntilPressed(By.cssSelector("#reactions-case-" + caseId + " button[data-reaction='bookmark']"), true);
        browser.open("/my/bookmarks");
        browser.waitForHeading(t("bookmarks.title"));
        assertThat(browser.text(By.cssSelector(".bookmark-list"))).contains(title);
        assertThat(Axe.violations(browser))
                .as("WCAG 2.2 AA on the bookmarks page")
                .isEmpty();

        // The member mentioned finds the mention behind the bell once logged in, and it leads to the reply.
        browser.session("mentioned");
        logIn(mentioned);
        browser.open("/notifications");
        browser.waitForHeading(t("notifications.heading"));
        By notices = By.cssSelector(".notice-list .notice__text");
        browser.until(driver -> {
            // The notice is written after the reply's commit, by the notification module's listener.
            driver.navigate().refresh();
            return !driver.findElements(notices).isEmpty();
        });
        String mention = t("notice.mention", reader.name(), title);
        assertThat(browser.driver().findElements(notices))
                .extracting(e -> e.getDomProperty("textContent").strip())
                .containsExactly(t("notifications.unreadMark") + " " + mention);
        assertThat(browser.text(By.cssSelector(".notice__category"))).isEqualTo(t("notice.category.MENTIONS"));
        browser.visible(By.cssSelector("a.bell[aria-label='" + t("bell.unread", 1) + "']"));
        assertThat(browser.text(By.cssSelector(".bell__count"))).isEqualTo("1");
        String site = browser.driver().getCurrentUrl().replaceFirst("/notifications$", "");
        browser.click(By.partialLinkText(mention));
        browser.until(ExpectedConditions.urlToBe(site + path + "#reply-" + replyId));
        assertThat(browser.visible(By.id("reply-" + replyId)).getText()).contains("Same here.");
        browser.visible(By.cssSelector("a.bell[aria-label='" + t("bell.none") + "']"));

        // A visitor reads the whole thread, with the counts, without JavaScript's help.
        browser.session("visitor");
        browser.open(path);
        assertThat(browser.text(By.id("discussion")))
                .contains("Same here.", "Thank you, I will ask them.", t("discussion.heading", 2));
        assertThat(browser.text(By.cssSelector("#reactions-reply-" + replyId + " [data-reaction='me-too']")))
                .isEqualTo(t("reaction.me-too") + " 1");
    }

    /** Waits for a reaction button to show the state asked for; htmx replaces the whole bar meanwhile. */
    private static void waitUntilPressed(By button, boolean pressed) {
        browser.until(driver -> {
            try {
                return String.valueOf(pressed).equals(driver.findElement(button).getDomAttribute("aria-pressed"));
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    private void logIn(Person person) {
        browser.logIn(person.email(), messages);
    }

    /** Leaves a mark in the page's window that a reload would wipe. */
    private void markThePage() {
        browser.script("window.hrosNotReloaded = true;");
    }

    private void assertThePageWasNotReloaded() {
        assertThat(browser.script("return window.hrosNotReloaded === true;")).isEqualTo(true);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
