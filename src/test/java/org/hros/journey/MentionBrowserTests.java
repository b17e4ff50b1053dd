package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import java.util.UUID;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.support.Axe;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Mentioning a member in a real browser, under the real Content-Security-Policy: typing @ and the start of a name
 * lists members under the reply field, the arrow keys move through them (the field names the option in focus), Enter
 * puts the handle in the text; a handle nobody has is pointed out once the reply is posted.
 */
@Tag("browser")
class MentionBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    MemberDirectory directory;

    @Test
    void aWriterPicksAMemberFromTheSuggestionsWithTheKeyboard() {
        String word = "zm" + UUID.randomUUID().toString().substring(0, 6);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person writer = fixtures.member(MemberRole.MEMBER);
        long first = named("Maya " + word + " Adler");
        long second = named("Maya " + word + " Brook");
        String title = "The assessment centre that scared everyone off " + word;
        long id = fixtures.published(author, editor, title, Outcome.FAILURE, Topic.of("candidate-experience"));

        browser.session("writer");
        browser.logIn(writer.email(), messages);
        browser.open("/cases/" + id + "/" + Slugs.slugify(title));
        WebElement field = browser.visible(By.id("reply-body"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        field.sendKeys("Thanks @maya-" + word);

        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#reply-body-mentions [role=option]"), 2));
        assertThat(field.getDomAttribute("aria-controls")).isEqualTo("reply-body-mentions");
        String active = field.getDomAttribute("aria-activedescendant");
        assertThat(browser.text(By.id(active))).contains("@" + handleOf(first));

        assertThat(Axe.violations(browser))
                .as("WCAG 2.2 AA violations with the suggestions open")
                .isEmpty();

        field.sendKeys(Keys.ARROW_DOWN);
        active = field.getDomAttribute("aria-activedescendant");
        assertThat(browser.text(By.id(active))).contains("@" + handleOf(second));
        assertThat(browser.driver().findElement(By.id(active)).getDomAttribute("aria-selected"))
                .isEqualTo("true");
        field.sendKeys(Keys.ENTER);

        assertThat(field.getDomProperty("value")).isEqualTo("Thanks @" + handleOf(second) + " ");
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reply-body-mentions")));
        assertThat(field.getDomAttribute("aria-activedescendant")).isNull();

        field.sendKeys("and @mya-" + word + " too.");
        browser.click(button(t("discussion.compose.submit")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#reply-form .mention-hint"), "@mya-" + word));
        assertThat(browser.text(By.cssSelector("#reply-form .mention-hint")))
                .isEqualTo(t("discussion.mention.unmatched", "@mya-" + word));
        assertThat(browser.consoleErrors())
                .as("nothing refused by the Content-Security-Policy")
                .isEmpty();
    }

    private long named(String displayName) {
        return fixtures.members()
                .registerSample(
                        "m-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example",
                        displayName,
                        TestFixtures.PASSWORD,
                        MemberRole.MEMBER,
                        "Recruiter",
                        "Somewhere");
    }

    private String handleOf(long id) {
        return directory.find(id).orElseThrow().handle();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
