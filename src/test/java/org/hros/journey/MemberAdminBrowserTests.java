package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.util.Locale;
import org.hros.member.MemberRole;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * An admin runs the members in a real browser: finds a member, appoints them editor (who then reaches the review
 * queue), and suspends another, who is refused at log-in and told why. Labels come from {@code messages.properties}.
 */
@Tag("browser")
class MemberAdminBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void anAdminAppointsAnEditorWhoThenSeesTheReviewQueue() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person member = fixtures.member(MemberRole.MEMBER);

        browser.session("admin");
        logIn(admin);
        browser.navigate(t("nav.admin"));
        browser.waitForHeading(t("admin.heading"));
        browser.click(link(t("admin.area.members")));
        browser.waitForHeading(t("admin.members.heading"));
        browser.type(By.id("q"), member.email());
        browser.click(By.cssSelector("form.member-search button[type='submit']"));
        browser.until(ExpectedConditions.urlContains("q="));
        browser.click(link(member.name()));
        browser.waitForHeading(member.name());
        assertThat(browser.text(By.id("member-role"))).isEqualTo(t("member.role.MEMBER"));
        assertThat(Axe.violations(browser))
                .as("WCAG 2.2 AA on an admin's member page")
                .isEmpty();
        new Select(browser.visible(By.id("role"))).selectByValue("EDITOR");
        browser.click(button(t("admin.member.role.save")));
        browser.until(ExpectedConditions.textToBe(By.id("member-role"), t("member.role.EDITOR")));
        assertThat(browser.text(By.cssSelector("p.flash"))).isEqualTo(t("admin.member.role.changed"));
        assertThat(browser.text(By.cssSelector("section[aria-labelledby='h-audit'] tbody")))
                .contains(t("audit.action.GRANTED_ROLE"), admin.name());

        browser.session("new editor");
        logIn(member);
        browser.navigate(t("nav.review"));
        browser.waitForHeading(t("queue.heading"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aSuspendedMemberCannotLogInAndSeesWhy() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person member = fixtures.member(MemberRole.MEMBER);
        String reason = "Three members reported sales pitches in your replies.";

        browser.session("admin");
        logIn(admin);
        browser.open("/admin/members/" + member.id());
        browser.waitForHeading(member.name());
        // Without a reason the form says what is missing, and nothing happens.
        browser.click(By.cssSelector("section[aria-labelledby='h-suspend'] input[name='indefinitely']"));
        browser.click(button(t("admin.member.suspend.submit")));
        assertThat(browser.text(By.id("reason-error"))).isEqualTo(t("admin.member.reason.required"));
        assertThat(browser.text(By.id("member-state"))).isEqualTo(t("member.state.ACTIVE"));

        browser.type(By.id("suspend-reason"), reason);
        browser.click(button(t("admin.member.suspend.submit")));
        browser.until(ExpectedConditions.textToBe(By.id("member-state"), t("member.state.SUSPENDED")));

        browser.session("suspended member");
        browser.open("/login");
        browser.type(By.id("email"), member.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        assertThat(browser.text(By.id("suspension")))
                .contains(t("login.suspended.indefinitely"))
                .contains(reason);
        assertThat(browser.path()).isEqualTo("/login?suspended");
        assertThat(browser.driver().findElements(button(t("nav.logout")))).isEmpty();
    }

    private void logIn(Person person) {
        browser.logIn(person.email(), messages);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
