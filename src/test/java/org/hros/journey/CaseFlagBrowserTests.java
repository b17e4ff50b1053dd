package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.moderation.FlagReason;
import org.hros.moderation.domain.FlagService;
import org.hros.shared.SubjectType;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A flagged case in a real browser: a member flags it from its page (the form opens beside it with htmx), their
 * flag brings the flags' weight to the threshold and hides it, and an editor restores it from the queue.
 */
@Tag("browser")
class CaseFlagBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    FlagService flags;

    @Test
    void aMemberFlagsACaseEnoughFlagsHideItAndAnEditorRestoresIt() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String title = "Hiring fair stand we paid too much for";
        long caseId = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), caseId);
        fixtures.reviews().claim(caseId, editor.id());
        fixtures.reviews().publish(caseId, editor.id());
        // Two members flagged it already: their flags weigh 4 of the 6 that hide it.
        for (int i = 0; i < 2; i++) {
            flags.flag(fixtures.member(MemberRole.MEMBER).id(), SubjectType.CASE, caseId, FlagReason.SALES_PITCH, null);
        }
        Person member = fixtures.member(MemberRole.MEMBER);

        browser.session("member");
        browser.logIn(member.email(), messages);
        browser.open("/cases/" + caseId);
        browser.waitForHeading(title);
        browser.click(By.cssSelector("a.flag-link[href^='/flags/new?type=CASE']"));
        // htmx puts the form beside the case.
        browser.visible(By.cssSelector("#flag-slot-CASE-" + caseId + " input[value='SALES_PITCH']"));
        assertThat(Axe.violations(browser))
                .as("WCAG 2.2 AA with the flag form open")
                .isEmpty();
        browser.click(By.cssSelector("#flag-slot-CASE-" + caseId + " input[value='SALES_PITCH']"));
        browser.click(button(t("flag.submit")));
        assertThat(browser.text(By.cssSelector("p.flash"))).isEqualTo(t("flag.thanks.hidden"));
        browser.open("/cases/" + caseId);
        assertThat(browser.driver().getPageSource()).doesNotContain(title);

        browser.session("editor");
        browser.logIn(editor.email(), messages);
        browser.navigate(t("nav.flags"));
        browser.waitForHeading(t("flags.heading"));
        By item = By.id("flagged-CASE-" + caseId);
        assertThat(browser.text(item)).contains(title, t("flags.state.hidden"), t("flag.reason.SALES_PITCH"));
        assertThat(Axe.violations(browser)).as("WCAG 2.2 AA on the flags queue").isEmpty();
        browser.type(By.id("reason-CASE-" + caseId), "A candid account; the vendor is disclosed.");
        browser.click(By.xpath("//article[@id='flagged-CASE-" + caseId + "']//button[normalize-space()="
                + Browser.literal(t("flags.restore")) + "]"));
        assertThat(browser.text(By.cssSelector("p.flash"))).isEqualTo(t("flag.decided.restore"));
        assertThat(browser.driver().findElements(item)).isEmpty();

        // Shown again to everyone.
        browser.open("/cases/" + caseId);
        browser.waitForHeading(title);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
