package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A circle in a real browser: a facilitator starts it and invites a peer by e-mail; the peer follows the link from
 * the mail, logs in and joins, and brings a failure to a clinic thread under the Chatham House rule; the
 * facilitator replies, and the thread shows nobody's name.
 */
@Tag("browser")
class CircleBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    MemberDirectory directory;

    @Test
    void facilitatorInvitesByEmailAndTheClinicThreadShowsNoNames() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String circleName = "Offer clinic " + key;
        String title = "We pulled an offer after the candidate resigned " + key;
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person invitee = fixtures.member(MemberRole.MEMBER);

        // The facilitator starts a circle and invites a peer by e-mail.
        browser.session("facilitator");
        browser.open("/login");
        logIn(facilitator);
        browser.navigate(t("nav.circles"));
        browser.waitForHeading(t("circles.heading"));
        browser.click(By.xpath("//main//a[normalize-space()='" + t("circles.new") + "']"));
        browser.waitForHeading(t("circle.new.heading"));
        browser.type(By.id("name"), circleName);
        browser.type(By.id("purpose"), "Talking through offers that went wrong.");
        browser.click(button(t("circle.new.submit")));
        browser.waitForHeading(circleName);
        String circlePath = browser.path();
        assertThat(circlePath).matches("/circles/\\d+");
        browser.click(link(t("circle.members.link")));
        browser.waitForHeading(t("circle.members.heading"));
        axe("members page");
        browser.type(By.id("email"), invitee.email());
        browser.click(button(t("circle.invite.submit")));
        assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo(t("circle.invite.sent"));

        // The invitee follows the link from the mail, logs in and joins.
        browser.session("invitee");
        browser.open(TestMail.link(invitee.email(), "/circles/invitations/"));
        browser.waitForHeading(t("circle.invitation.heading", circleName));
        axe("invitation landing");
        browser.click(link(t("circle.invitation.logIn")));
        logIn(invitee);
        browser.waitForHeading(t("circle.invitation.heading", circleName));
        browser.click(button(t("circle.invitation.join")));
        browser.waitForHeading(circleName);
        assertThat(browser.path()).isEqualTo(circlePath);
        assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo(t("circle.joined"));
        axe("circle page");

        // They bring a failure to a clinic thread under the Chatham House rule.
        browser.type(By.id("title"), title);
        browser.type(By.id("body"), "The candidate had already **resigned**. We never told them why.");
        browser.click(By.name("chathamHouse"));
        browser.click(button(t("circle.thread.submit")));
        browser.waitForHeading(title);
        String threadPath = browser.path();

        // The facilitator replies; nobody's name is on the thread.
        browser.session("facilitator");
        browser.open("/login");
        logIn(facilitator);
        browser.open(circlePath);
        browser.click(link(title));
        browser.waitForHeading(title);
        browser.type(By.id("body"), "Call them first, then write. What did your recruiter say?");
        browser.click(button(t("circle.reply.submit")));
        browser.waitForHeading(title);
        assertThat(browser.path()).startsWith(threadPath);
        axe("clinic thread");
        List<WebElement> authors = browser.driver().findElements(By.cssSelector(".circle-post__meta .attribution"));
        assertThat(authors).hasSize(2);
        assertThat(authors).allSatisfy(a -> assertThat(a.getText()).isEqualTo(t("circle.anonymousMember")));
        String main = browser.driver().findElement(By.id("main")).getDomProperty("innerHTML");
        MemberCard inviteeCard = directory.find(invitee.id()).orElseThrow();
        MemberCard facilitatorCard = directory.find(facilitator.id()).orElseThrow();
        assertThat(main)
                .contains("<strong>resigned</strong>", "Call them first")
                .doesNotContain(inviteeCard.displayName(), inviteeCard.handle())
                .doesNotContain(facilitatorCard.displayName(), facilitatorCard.handle());
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(violations).as("WCAG 2.2 AA violations by page").isEmpty();
    }

    private void logIn(Person person) {
        browser.waitForHeading(t("login.heading"));
        browser.type(By.id("email"), person.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        browser.waitForSignedIn();
    }

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    private void axe(String where) {
        List<String> found = Axe.violations(browser);
        if (!found.isEmpty()) {
            violations.put(where, found);
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
