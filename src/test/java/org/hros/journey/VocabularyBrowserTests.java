package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.util.Locale;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
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
 * An admin merges one topic into another in a real browser: the confirmation says how many cases move, a case that
 * had the old topic shows the new one, and the old topic's address leads to the new topic's page.
 */
@Tag("browser")
class VocabularyBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void anAdminMergesATopicAndItsCaseAndOldAddressFollow() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        String from = "gig-hiring-" + suffix;
        String into = "freelance-talent-" + suffix;

        browser.session("admin");
        browser.logIn(admin.email(), messages);
        browser.open("/admin/vocabulary/topic");
        browser.waitForHeading(t("vocabulary.admin.heading"));
        addTopic(from, "Gig hiring " + suffix);
        addTopic(into, "Freelance talent " + suffix);
        long caseId = fixtures.published(
                fixtures.member(MemberRole.MEMBER),
                fixtures.member(MemberRole.EDITOR),
                "Our gig platform pilot " + suffix,
                Outcome.FAILURE,
                Topic.of(from));

        browser.click(By.cssSelector("#term-" + from + " a[href$='/merge']"));
        browser.waitForHeading("Merge Gig hiring " + suffix + " into another word");
        new Select(browser.visible(By.id("into"))).selectByValue(into);
        browser.click(button(t("vocabulary.merge.next")));
        browser.waitForHeading("Merge Gig hiring " + suffix + " into Freelance talent " + suffix + "?");
        assertThat(browser.text(By.id("merge-moves"))).contains("1 case");
        browser.click(button(t("vocabulary.merge.submit")));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("p.flash"), t("vocabulary.merged")));
        assertThat(browser.driver().findElements(By.id("term-" + from))).isEmpty();

        browser.open("/cases/" + caseId);
        browser.waitForHeading("Our gig platform pilot " + suffix);
        assertThat(browser.text(By.cssSelector("a.tag[href='/topics/" + into + "']")))
                .isEqualTo("Freelance talent " + suffix);
        assertThat(browser.driver().findElements(By.cssSelector("a.tag[href='/topics/" + from + "']")))
                .isEmpty();

        browser.open("/topics/" + from);
        browser.waitForHeading("Freelance talent " + suffix);
        assertThat(browser.path()).isEqualTo("/topics/" + into);
        browser.click(link("Our gig platform pilot " + suffix));
        browser.waitForHeading("Our gig platform pilot " + suffix);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void addTopic(String slug, String label) {
        browser.type(By.id("slug"), slug);
        browser.type(By.id("label"), label);
        new Select(browser.visible(By.id("quadrant"))).selectByValue("sourcing-hiring");
        browser.click(button(t("vocabulary.add.submit")));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("p.flash"), t("vocabulary.added")));
        assertThat(browser.text(By.id("term-" + slug))).contains(label);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
