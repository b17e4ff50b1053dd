package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberRole;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A circle member is told of a reply: one member brought a failure to a clinic thread, another replies in the
 * browser; the first sees the notice behind the bell and follows it to the reply.
 */
@Tag("browser")
class CircleNoticeBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCircleMemberIsToldOfAReply() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person opener = fixtures.member(MemberRole.MEMBER);
        Person helper = fixtures.member(MemberRole.MEMBER);
        long circleId = circles.create(
                opener.id(), new CircleCommand("Offer clinic " + key, "Offers that went wrong.", 12, false, null));
        String link = invitations.createLink(circleId, opener.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), helper.id());
        String title = "We pulled an offer after the candidate resigned " + key;
        long threadId = circles.openClinic(circleId, opener.id(), title, "What would you have done?", false);
        String threadPath = "/circles/" + circleId + "/threads/" + threadId;

        // The helper replies in the browser.
        browser.session("helper");
        browser.open("/login");
        logIn(helper);
        browser.open(threadPath);
        browser.waitForHeading(title);
        browser.type(By.id("body"), "Call them first, then write. " + key);
        browser.click(button(t("circle.reply.submit")));
        browser.waitForHeading(title);

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (jdbc.sql("select count(*) from notice where recipient_id = ? and category = 'THREAD_REPLIES'")
                                .param(opener.id())
                                .query(Long.class)
                                .single()
                        == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        // The opener sees it behind the bell and follows it to the reply.
        browser.session("opener");
        browser.open("/login");
        logIn(opener);
        browser.visible(By.cssSelector("#bell.bell--unread"));
        browser.click(By.id("bell"));
        browser.waitForHeading(t("notifications.heading"));
        By notice = By.xpath("//a[contains(@class,'notice__text') and contains(., 'replied to your clinic thread')]");
        assertThat(browser.text(notice)).contains(helper.name(), "Offer clinic " + key);
        browser.click(notice);
        browser.waitForHeading(title);
        assertThat(browser.path()).startsWith(threadPath + "#post-");
        String url = browser.driver().getCurrentUrl();
        String postId = url.substring(url.indexOf("#post-") + 1);
        assertThat(browser.text(By.id(postId))).contains("Call them first, then write. " + key);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void logIn(Person person) {
        browser.waitForHeading(t("login.heading"));
        browser.type(By.id("email"), person.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        browser.waitForSignedIn();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
