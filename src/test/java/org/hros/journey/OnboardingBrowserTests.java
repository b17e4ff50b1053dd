package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A newcomer joins: signs up, follows the link from the verification mail in another browser than the one they
 * signed up in, lands signed in on the welcome, chooses a topic, and finds the home page starting with a case on
 * it. A member whose first log-in is with their password is welcomed too, once.
 */
@Tag("browser")
class OnboardingBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    CommunityAgenda agenda;

    @Test
    void aNewcomerIsSignedInByTheMailWelcomedAndSeesTheirTopicFirst() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String onTopic = "Our onboarding buddies never met their hires " + key;
        fixtures.published(author, editor, onTopic, Outcome.FAILURE, Topic.of("onboarding"));
        String offTopic = "A careers site that finally loads fast " + key;
        fixtures.published(author, editor, offTopic, Outcome.SUCCESS, Topic.of("careers-site"));
        String asked = "How do you onboard hires who start on a Friday " + key;
        long request = agenda.post(
                author.id(),
                new RequestCommand(
                        asked,
                        "Our Friday starters spend the weekend wondering.",
                        List.of(Topic.of("onboarding")),
                        null,
                        null,
                        null));

        String email = "newcomer-" + key + "@test.example";
        browser.session("signup");
        browser.open("/signup");
        browser.type(By.id("email"), email);
        browser.type(By.id("displayName"), "Newcomer " + key);
        browser.type(By.id("password"), "a long enough passphrase");
        browser.click(By.cssSelector("input[name=agree]"));
        browser.click(button(t("signup.submit")));
        browser.waitForHeading(t("inbox.heading"));

        // The mail is read on another device: the link signs them in there.
        String link = TestMail.link(email, "/verify");
        browser.session("mailbox");
        browser.open(link);
        browser.waitForHeading(t("verify.heading"));
        browser.click(button(t("verify.confirm")));
        browser.waitForHeading(t("welcome.heading"));
        assertThat(browser.path()).isEqualTo("/welcome");
        browser.waitForSignedIn();

        browser.click(By.cssSelector("input[name=topics][value=onboarding]"));
        browser.click(button(t("welcome.interests.save")));
        browser.until(ExpectedConditions.urlContains("step=requests"));
        browser.click(By.cssSelector("input[name=requests][value='" + request + "']"));
        browser.click(button(t("welcome.requests.follow")));
        browser.until(ExpectedConditions.urlContains("step=circles"));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), t("welcome.followed")));
        browser.click(button(t("welcome.finish")));

        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), t("welcome.finished")));
        assertThat(browser.path()).isEqualTo("/");
        String firstForYou = browser.text(By.cssSelector("#for-you .card-grid > :first-child"));
        assertThat(firstForYou).contains(onTopic);
        assertThat(browser.text(By.id("for-you"))).doesNotContain(offTopic).contains(asked);
        // The personal shelf comes before the library's shelves.
        Object forYouFirst = browser.script("return document.getElementById('for-you').compareDocumentPosition("
                + "document.getElementById('shelf-failures')) & Node.DOCUMENT_POSITION_FOLLOWING;");
        assertThat(((Number) forYouFirst).longValue()).isPositive();

        // The link was used: opened again, it explains itself instead of signing anyone in.
        browser.session("later");
        browser.open(link);
        browser.waitForHeading(t("verified.failed.title"));
    }

    /**
     * A member who never had the welcome (their first log-in is with their password) is taken to it, skips it, and
     * is not offered it again at their next log-in.
     */
    @Test
    void aNewcomerLoggingInWithTheirPasswordIsWelcomedOnceAndNotAfterSkipping() {
        Person newcomer = fixtures.newcomer(MemberRole.MEMBER);
        browser.session("password");
        browser.logIn(newcomer.email(), messages);
        browser.waitForHeading(t("welcome.heading"));
        assertThat(browser.path()).isEqualTo("/welcome");

        browser.click(button(t("welcome.skipAll")));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), t("welcome.finished")));
        assertThat(browser.path()).isEqualTo("/");

        browser.logOut(messages);
        browser.visible(By.cssSelector("a[href='/login']"));
        browser.logIn(newcomer.email(), messages);
        assertThat(browser.path()).isEqualTo("/");
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
