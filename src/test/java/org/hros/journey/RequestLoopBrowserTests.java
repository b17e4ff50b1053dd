package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;
import static org.hros.support.Browser.literal;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.member.MemberRole;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.notification.domain.NoticePreferences;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community agenda's loop in a real browser: a member asks, two others vote "me too", a fourth offers their
 * experience, an editor invites them, they write and submit the answering Spark, the editor publishes it, and the
 * request shows as answered with the case linked. The asker and both voters then find the answer behind the bell and
 * in exactly one e-mail each, whose unsubscribe link works in a browser that never logged in. Each person has their
 * own browser session.
 */
@Tag("browser")
class RequestLoopBrowserTests extends IntegrationTestBase {

    private static final Pattern REQUEST_PATH = Pattern.compile("/requests/(\\d+)/[a-z0-9-]+");
    private static final Pattern DRAFT_PATH = Pattern.compile("/my/cases/(\\d+)");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    NoticePreferences preferences;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestIsVotedOfferedWrittenAndAnswered() throws Exception {
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
        browser.click(By.cssSelector("input[name=topics][value=onboarding]"));
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

        // Accepting moved the request to in progress, and its poster and voters heard of it by e-mail at once
        // (REQUEST_UPDATES is e-mailed by default). D then takes more than an hour to write: only because of that
        // does the answer get a mail of its own instead of joining the next one an hour after this one (the flood
        // limit is one mail per member and category an hour, counted on the application's clock).
        for (Person asker : new Person[] {a, b, c}) {
            assertThat(TestMail.to(asker.email(), 1))
                    .extracting(MimeMessage::getSubject)
                    .containsExactly(t("notice.request.IN_PROGRESS", title));
        }
        clock.advance(Duration.ofMinutes(61));
        assertThat(browser.visible(By.id("title")).getDomProperty("value")).isEqualTo(title);
        browser.click(By.cssSelector("input[name=outcome][value=MIXED]"));
        for (String section : new String[] {"why", "what", "how", "learnings"}) {
            browser.type(By.id(section), "Our " + section + ": remote buddies need a calendar, not goodwill.");
        }
        browser.click(By.cssSelector("input[name=topics][value=onboarding]"));
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

        // A, B and C each got exactly one e-mail about the answer, after the one about the request being in
        // progress, and nothing else is waiting in the outbox for them.
        String answered = t("notice.request.ANSWERED", title);
        Map<Person, String> unsubscribeLinks = new LinkedHashMap<>();
        for (Person asker : new Person[] {a, b, c}) {
            List<MimeMessage> mails = TestMail.to(asker.email(), 2);
            assertThat(mails)
                    .extracting(MimeMessage::getSubject)
                    .containsExactly(t("notice.request.IN_PROGRESS", title), answered);
            MimeMessage mail = mails.get(1);
            assertThat(TestMail.text(mail)).contains(answered, "http://localhost:8080" + requestPath);
            assertThat(outbox(asker))
                    .as("every mail to %s is sent, one notice each, none pending", asker.name())
                    .containsExactly("REQUEST_UPDATES SENT 1", "REQUEST_UPDATES SENT 1");
            String link = unsubscribeLink(mail);
            assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<http://localhost:8080" + link + ">");
            unsubscribeLinks.put(asker, link);
        }

        // In the app, each sees the bell count two (in progress, answered) and follows the answer to the request.
        for (Person asker : new Person[] {a, b, c}) {
            browser.session("bell-" + asker.id());
            logIn(asker);
            browser.visible(By.cssSelector("a.bell[aria-label=" + literalCss(t("bell.unread", 2)) + "]"));
            assertThat(browser.text(By.cssSelector(".bell__count"))).isEqualTo("2");
            browser.click(By.cssSelector("a.bell"));
            browser.waitForHeading(t("notifications.heading"));
            assertThat(browser.driver().findElements(By.cssSelector(".notice-list .notice__text")))
                    .extracting(e -> e.getDomProperty("textContent").strip())
                    .containsExactly(
                            t("notifications.unreadMark") + " " + answered,
                            t("notifications.unreadMark") + " " + t("notice.request.IN_PROGRESS", title));
            browser.click(By.partialLinkText(answered));
            browser.waitForHeading(title);
            assertThat(browser.path()).isEqualTo(requestPath);
            browser.visible(By.cssSelector("a.bell[aria-label=" + literalCss(t("bell.unread", 1)) + "]"));
        }

        // The unsubscribe link works in a browser that never logged in: it asks, then stops these e-mails only.
        for (Map.Entry<Person, String> entry : unsubscribeLinks.entrySet()) {
            Person asker = entry.getKey();
            browser.session("unsubscribe-" + asker.id());
            browser.open(entry.getValue());
            browser.waitForHeading(t("unsubscribe.heading"));
            assertThat(browser.driver().findElements(button(t("nav.logout")))).isEmpty();
            assertThat(preferences.of(asker.id(), NoticeCategory.REQUEST_UPDATES))
                    .as("following the link only asks")
                    .isEqualTo(NoticeDelivery.EMAIL_NOW);
            browser.click(button(t("unsubscribe.button")));
            browser.waitForHeading(t("unsubscribe.done.heading"));
            assertThat(preferences.of(asker.id(), NoticeCategory.REQUEST_UPDATES))
                    .isEqualTo(NoticeDelivery.IN_APP);
            assertThat(preferences.of(asker.id(), NoticeCategory.MENTIONS)).isEqualTo(NoticeDelivery.EMAIL_NOW);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The path of the unsubscribe link in the plain-text part of a mail. */
    private static String unsubscribeLink(MimeMessage mail) {
        Matcher m = Pattern.compile("http://localhost:8080(/notifications/unsubscribe/[^\\s]+)")
                .matcher(TestMail.text(mail));
        assertThat(m.find()).as("an unsubscribe link in the mail").isTrue();
        return m.group(1);
    }

    /** A member's e-mail outbox, oldest first: category, status and number of notices of each mail. */
    private List<String> outbox(Person member) {
        return jdbc.sql("select m.category, m.status, (select count(*) from notice_mail_item i where i.mail_id = m.id)"
                        + " as items from notice_mail m where m.recipient_id = ? order by m.id")
                .param(member.id())
                .query((rs, n) -> rs.getString("category") + " " + rs.getString("status") + " " + rs.getInt("items"))
                .list();
    }

    private static String literalCss(String value) {
        return "'" + value.replace("'", "\\'") + "'";
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
        browser.logIn(person.email(), messages);
    }

    private void assertFlash(String text) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), text));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
