package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;
import static org.hros.support.Browser.literal;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.member.MemberRole;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The community agenda's loop in a real browser: a member asks, two others vote "me too", a fourth offers their
 * experience, an editor invites them, they write and submit the answering Spark, the editor publishes it, and the
 * request shows as answered with the case linked. Each person has their own browser session.
 */
@Tag("browser")
class RequestLoopBrowserTests extends IntegrationTestBase {

    private static final Pattern REQUEST_PATH = Pattern.compile("/requests/(\\d+)/[a-z0-9-]+");
    private static final Pattern DRAFT_PATH = Pattern.compile("/my/cases/(\\d+)");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void aRequestIsVotedOfferedWrittenAndAnswered() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String title = "How do you onboard hires who never meet their team " + key;
        Person a = fixtures.member(MemberRole.MEMBER);
        Person b = fixtures.member(MemberRole.MEMBER);
        Person c = fixtures.member(MemberRole.MEMBER);
        Person d = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);

        // A asks, from the board.
        browser.session("a");
        logIn(a);
        browser.click(link(t("nav.requests")));
        browser.waitForHeading(t("board.heading"));
        browser.click(By.xpath("//main//a[normalize-space()=" + literal(t("board.new")) + "]"));
        browser.waitForHeading(t("request.new.heading"));
        browser.type(By.id("title"), title);
        browser.type(
                By.id("description"), "Half of our hires are **fully remote** and our buddy scheme assumed an office.");
        browser.click(By.cssSelector("input[name=topics][value=ONBOARDING]"));
        browser.click(button(t("request.new.submit")));
        browser.waitForHeading(title);
        assertFlash(t("request.posted"));
        Matcher path = REQUEST_PATH.matcher(browser.path());
        assertThat(path.matches()).as(browser.path()).isTrue();
        String requestPath = browser.path();
        long id = Long.parseLong(path.group(1));
        assertThat(browser.text(By.cssSelector(".article__body strong"))).isEqualTo("fully remote");

        // B and C vote "me too" (htmx swaps the count in place).
        vote(b, requestPath, 1);
        vote(c, requestPath, 2);

        // D offers their experience; only editors and D see it.
        browser.session("d");
        logIn(d);
        browser.open(requestPath);
        browser.click(By.cssSelector("input[name=kind][value=SPARK]"));
        browser.type(By.id("note"), "We moved our buddy scheme online in 2024 and learned a lot the hard way.");
        browser.click(button(t("offer.submit")));
        assertFlash(t("offer.made"));

        // An editor invites D from the triage desk.
        browser.session("editor");
        logIn(editor);
        browser.open("/review/requests/" + id);
        browser.waitForHeading(title);
        assertThat(browser.text(By.cssSelector(".offer"))).contains(d.name());
        browser.click(button(t("triage.invite")));
        assertFlash(t("triage.invited"));

        // D accepts: a Spark draft, titled after the request, which D writes and submits.
        browser.session("d");
        logIn(d);
        browser.open(requestPath);
        browser.click(link(t("offer.invited.open")));
        browser.waitForHeading(t("invitation.heading"));
        browser.click(button(t("invitation.accept")));
        browser.until(ExpectedConditions.urlMatches(DRAFT_PATH.pattern() + "$"));
        Matcher draft = DRAFT_PATH.matcher(browser.path());
        assertThat(draft.matches()).isTrue();
        long caseId = Long.parseLong(draft.group(1));
        assertFlash(t("offer.accepted"));
        assertThat(browser.visible(By.id("title")).getDomProperty("value")).isEqualTo(title);
        browser.click(By.cssSelector("input[name=outcome][value=MIXED]"));
        for (String section : new String[] {"why", "what", "how", "learnings"}) {
            browser.type(By.id(section), "Our " + section + ": remote buddies need a calendar, not goodwill.");
        }
        browser.click(By.cssSelector("input[name=topics][value=ONBOARDING]"));
        browser.click(By.cssSelector("input[name=attribution][value=NAMED]"));
        browser.click(button(t("edit.submit")));
        assertFlash(t("case.submitted"));

        // While D writes, the request is in progress.
        browser.open(requestPath);
        assertThat(browser.text(By.cssSelector(".article__kicker"))).isEqualTo(t("request.status.IN_PROGRESS"));

        // The editor claims and publishes the Spark.
        browser.session("editor");
        logIn(editor);
        browser.open("/review");
        browser.waitForHeading(t("queue.heading"));
        browser.click(By.xpath("//tr[.//a[normalize-space()=" + literal(title) + "]]//button[normalize-space()="
                + literal(t("queue.claim")) + "]"));
        browser.until(ExpectedConditions.urlMatches("/review/" + caseId + "$"));
        browser.click(button(t("review.publish")));
        assertFlash(t("review.published"));

        // Anyone now reads the request as answered, with the case linked.
        browser.session("visitor");
        browser.open(requestPath);
        browser.waitForHeading(title);
        browser.until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.cssSelector(".article__kicker"))
                    .getText()
                    .equalsIgnoreCase(t("request.status.ANSWERED"));
        });
        assertThat(browser.visible(By.cssSelector("#answers ~ * a[href^='/cases/" + caseId + "/']"))
                        .getDomProperty("textContent")
                        .strip())
                .isEqualTo(title);
        assertThat(browser.text(By.cssSelector("table"))).contains(t("request.status.ANSWERED"));
        assertThat(browser.driver().getPageSource()).doesNotContain("We moved our buddy scheme online");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void vote(Person who, String requestPath, int expected) {
        browser.session("voter-" + expected);
        logIn(who);
        browser.open(requestPath);
        browser.click(button(t("request.vote")));
        browser.visible(button(t("request.unvote")));
        assertThat(browser.text(By.id("vote-count"))).isEqualTo(String.valueOf(expected));
    }

    private void logIn(Person person) {
        browser.open("/login");
        browser.waitForHeading(t("login.heading"));
        browser.type(By.id("email"), person.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        browser.visible(button(t("nav.logout")));
    }

    private void assertFlash(String text) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), text));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
