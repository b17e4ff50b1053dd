package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;

import java.util.Locale;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.moderation.FlagReason;
import org.hros.moderation.domain.FlagService;
import org.hros.shared.SubjectRef;
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
 * A flagged reply in a real browser: the third member to flag it hides it pending review, and an editor restores
 * it from the queue. Labels come from {@code messages.properties}.
 */
@Tag("browser")
class FlagBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    DiscussionService discussions;

    @Autowired
    FlagService flags;

    @Test
    void aFlaggedReplyIsHiddenAtTheThresholdAndRestoredByAnEditor() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                "Hiring fair we ran alone",
                                Outcome.FAILURE,
                                Topic.of("sourcing"),
                                AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), caseId);
        fixtures.reviews().claim(caseId, editor.id());
        fixtures.reviews().publish(caseId, editor.id());
        String words = "Our stand cost more than the hires it brought.";
        long replyId = discussions.post(new SubjectRef(SubjectType.CASE, caseId), author.id(), words, null);
        for (int i = 0; i < 2; i++) {
            flags.flag(fixtures.member(MemberRole.MEMBER).id(), SubjectType.REPLY, replyId, FlagReason.OFF_TOPIC, null);
        }
        Person third = fixtures.member(MemberRole.MEMBER);
        By article = By.id("reply-article-" + replyId);

        browser.session("third flagger");
        logIn(third);
        browser.open("/cases/" + caseId);
        assertThat(browser.text(article)).contains(words);
        browser.click(By.cssSelector("#reply-article-" + replyId + " a[href^='/flags/new']"));
        browser.waitForHeading(t("flag.heading"));
        assertThat(Axe.violations(browser)).as("WCAG 2.2 AA on the flag form").isEmpty();
        browser.click(By.cssSelector("input[name='reason'][value='SALES_PITCH']"));
        browser.click(button(t("flag.submit")));
        assertThat(browser.text(By.cssSelector("p.flash"))).isEqualTo(t("flag.thanks"));
        assertThat(browser.text(article)).contains(t("discussion.hidden")).doesNotContain(words);

        browser.session("editor");
        logIn(editor);
        browser.navigate(t("nav.flags"));
        browser.waitForHeading(t("flags.heading"));
        By item = By.id("flagged-REPLY-" + replyId);
        assertThat(browser.text(item)).contains(words, t("flags.state.hidden"), t("flag.reason.SALES_PITCH"));
        assertThat(Axe.violations(browser)).as("WCAG 2.2 AA on the flags queue").isEmpty();
        browser.type(By.id("reason-REPLY-" + replyId), "On topic: the cost of the stand is the lesson.");
        browser.click(By.xpath("//article[@id='flagged-REPLY-" + replyId + "']//button[normalize-space()="
                + Browser.literal(t("flags.restore")) + "]"));
        assertThat(browser.text(By.cssSelector("p.flash"))).isEqualTo(t("flag.decided.restore"));
        assertThat(browser.driver().findElements(item)).isEmpty();

        browser.open("/cases/" + caseId);
        assertThat(browser.text(article)).contains(words);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void logIn(Person person) {
        browser.logIn(person.email(), messages);
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
