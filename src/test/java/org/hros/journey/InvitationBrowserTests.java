package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import java.util.UUID;
import org.hros.member.MemberRole;
import org.hros.member.SignUpMode;
import org.hros.site.domain.SiteSettingsService;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.SiteScene;
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
 * In a community open by invitation only, a visitor is told how to get an invitation; an admin invites a person
 * from the account menu, who opens the link from the mail in their own browser, finds their address filled in, and
 * joins straight into the welcome.
 */
@Tag("browser")
class InvitationBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    SiteSettingsService settings;

    @Test
    void anAdminInvitesSomeoneWhoOpensTheLinkFromTheMailAndJoins() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        try (SiteScene scene = new SiteScene(settings, admin.id()).signUp(SignUpMode.INVITATION)) {
            String key = UUID.randomUUID().toString().substring(0, 8);
            String email = "guest-" + key + "@test.example";

            browser.session("visitor");
            browser.open("/signup");
            browser.waitForHeading(
                    t("signup.invitationOnly.heading", settings.current().communityName()));

            browser.session("admin");
            browser.logIn(admin.email(), messages);
            browser.navigate(t("nav.invitations"));
            browser.waitForHeading(t("invitations.heading"));
            browser.type(By.id("email"), email);
            browser.click(button(t("invitations.send")));
            browser.until(
                    ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), t("invitation.sent")));
            assertThat(browser.text(By.cssSelector(".invitation-table tbody")))
                    .contains(email, t("invitation.status.PENDING"));

            String link = TestMail.link(email, "/signup?invitation=");
            browser.session("guest");
            browser.open(link);
            browser.waitForHeading(t("signup.heading"));
            assertThat(browser.visible(By.id("email")).getDomProperty("value")).isEqualTo(email);
            browser.type(By.id("displayName"), "Guest " + key);
            browser.type(By.id("password"), "a long enough passphrase");
            browser.click(By.cssSelector("input[name=agree]"));
            browser.click(button(t("signup.submit")));
            browser.waitForHeading(t("welcome.heading"));
            browser.waitForSignedIn();
            assertThat(browser.accountName()).isEqualTo("Guest " + key);

            browser.session("admin, later");
            browser.logIn(admin.email(), messages);
            browser.open("/invitations");
            browser.waitForHeading(t("invitations.heading"));
            assertThat(browser.text(By.cssSelector(".invitation-table tbody")))
                    .contains(email, t("invitation.status.USED"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
