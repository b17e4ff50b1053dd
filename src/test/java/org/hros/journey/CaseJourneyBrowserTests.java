package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;
import static org.hros.support.Browser.literal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The life of a failure story in a real browser: a newcomer joins and writes it, an editor sends it back with
 * a note, the author fixes it, the editor publishes it, and a visitor finds it through the topic filter. Each
 * person has their own browser session. Labels come from {@code messages.properties}, as the pages show them.
 */
@Tag("browser")
class CaseJourneyBrowserTests extends IntegrationTestBase {

    private static final Pattern DRAFT_PATH = Pattern.compile("/my/cases/(\\d+)");

    private static final String FIRST_WRONG =
            "We added a knock-out question on employment gaps and never looked at who it rejected.";
    private static final String NOTE = "How many people did the knock-out reject, and how did you find out?";
    private static final String MESSAGE = "A strong case. One number in the heart of it and it is ready.";
    private static final String FIXED_WRONG = "The knock-out question on **employment gaps** rejected 212 career"
            + " returners in six weeks. We found out from a candidate's post, not from our own reports.";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Test
    void failureStoryGoesFromSignUpThroughReviewToAVisitorWhoFiltersByTopic() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String email = "journey-" + key + "@test.example";
        String name = "Journey Author " + key;
        String title = "Our ATS knock-out question ghosted career returners " + key;
        Person editor = fixtures.member(MemberRole.EDITOR);

        // A newcomer joins, confirms the address from the mail, writes a failure story and submits it.
        browser.session("author");
        signUp(email, name);
        browser.open(TestMail.link(email, "/verify"));
        browser.click(button(t("verify.confirm")));
        // The link signs them in and offers the welcome, which they skip.
        browser.waitForHeading(t("welcome.heading"));
        browser.click(button(t("welcome.skipAll")));
        browser.waitForSignedIn();
        assertThat(browser.accountName()).isEqualTo(name);
        long id = writeFailureCase(title);
        browser.click(button(t("edit.submit")));
        assertFlash(t("case.submitted"));
        assertStatus(t("status.SUBMITTED"));

        // An editor claims it, leaves a note on the heart of the story and sends it back.
        browser.session("editor");
        browser.open("/login");
        logIn(editor.email(), editor.name());
        browser.navigate(t("nav.review"));
        claim(title, id);
        browser.type(By.id("note-wrong"), NOTE);
        browser.click(By.xpath("//textarea[@id='note-wrong']/ancestor::form//button[@type='submit']"));
        assertFlash(t("review.note.added"));
        assertThat(browser.text(By.cssSelector("#section-wrong .review-note"))).contains(NOTE);
        browser.type(By.id("message"), MESSAGE);
        browser.click(button(t("review.return")));
        browser.waitForHeading(t("queue.heading"));
        assertFlash(t("review.returned"));
        assertThat(subjectsTo(email, 2)).contains(t("mail.returned.subject"));

        // The author reads the note beside the section, fixes the section and resubmits.
        browser.session("author");
        browser.open("/login");
        logIn(email, name);
        browser.navigate(t("nav.mine"));
        browser.click(link(title));
        browser.waitForHeading(title);
        assertThat(browser.path()).isEqualTo("/my/cases/" + id);
        assertStatus(t("status.RETURNED"));
        assertThat(browser.text(By.cssSelector("#section-wrong .review-note"))).contains(NOTE);
        assertThat(browser.text(By.cssSelector("[aria-labelledby=general-notes]")))
                .contains(t("edit.editorNotes"), MESSAGE);
        assertThat(browser.visible(By.id("wrong")).getDomProperty("value")).isEqualTo(FIRST_WRONG);
        browser.type(By.id("wrong"), FIXED_WRONG);
        browser.click(button(t("edit.submit")));
        assertFlash(t("case.submitted"));
        assertStatus(t("status.SUBMITTED"));

        // The editor claims round two and publishes it, an hour later: no member gets more than one mail an hour
        // about their reviews.
        clock.advance(java.time.Duration.ofMinutes(61));
        browser.session("editor");
        browser.open("/login");
        logIn(editor.email(), editor.name());
        browser.navigate(t("nav.review"));
        assertThat(browser.text(By.xpath(row(title)))).contains(t("queue.round", 2));
        claim(title, id);
        assertThat(browser.text(By.id("section-wrong"))).contains("rejected 212 career returners");
        browser.click(button(t("review.publish")));
        assertFlash(t("review.published"));
        assertThat(browser.path()).startsWith("/cases/" + id + "/");
        assertThat(subjectsTo(email, 3)).contains(t("mail.published.subject"));

        // A visitor who never logged in narrows the library to the topic and reads the story.
        browser.session("visitor");
        browser.open("/cases");
        browser.waitForHeading(t("browse.heading"));
        // Survives an htmx swap, but not a page load.
        browser.script("window.hrosSamePage = true");
        String topic = t(Topic.of("candidate-experience").messageKey());
        browser.click(facet(topic, false));
        browser.visible(facet(topic, true));
        browser.until(ExpectedConditions.urlContains("topic=candidate-experience"));
        assertThat(browser.script("return window.hrosSamePage === true")).isEqualTo(true);
        browser.click(By.xpath("//*[@id='results']//a[normalize-space()=" + literal(title) + "]"));
        browser.waitForHeading(title);
        assertThat(browser.text(By.id("h-wrong"))).isEqualTo(t("section.wrong"));
        assertThat(browser.text(By.id("wrong")))
                .contains("rejected 212 career returners in six weeks")
                .doesNotContain(FIRST_WRONG)
                .doesNotContain("**");
        assertThat(browser.text(By.cssSelector("#wrong strong"))).isEqualTo("employment gaps");
        assertThat(browser.visible(By.cssSelector("a[rel=license]")).getAttribute("href"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(browser.driver().findElements(By.cssSelector(".review-note")))
                .isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void signUp(String email, String name) {
        browser.open("/signup");
        browser.waitForHeading(t("signup.heading"));
        browser.type(By.id("email"), email);
        browser.type(By.id("displayName"), name);
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(By.name("agree"));
        browser.click(button(t("signup.submit")));
        browser.waitForHeading(t("inbox.heading"));
    }

    private void logIn(String email, String name) {
        browser.waitForHeading(t("login.heading"));
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        browser.waitForSignedIn();
        assertThat(browser.accountName()).isEqualTo(name);
    }

    /** Fills in every part of the case study form and saves it; returns the new case's id. */
    private long writeFailureCase(String title) {
        browser.click(link(t("nav.write")));
        browser.click(link(t("write.caseStudy.action")));
        browser.waitForHeading(t("edit.newCaseStudy"));
        browser.type(By.id("title"), title);
        browser.click(By.cssSelector("input[name=outcome][value=FAILURE]"));
        for (Map.Entry<String, String> section : story().entrySet()) {
            browser.type(By.id(section.getKey()), section.getValue());
        }
        browser.click(By.cssSelector("input[name=topics][value=candidate-experience]"));
        browser.click(By.cssSelector("input[name=skills][value=ats-automation]"));
        new Select(browser.visible(By.id("sizeBand"))).selectByValue("201-500");
        new Select(browser.visible(By.id("industry"))).selectByValue("retail");
        new Select(browser.visible(By.id("region"))).selectByValue("europe");
        browser.type(By.id("teamSize"), "4");
        browser.type(By.id("year"), "2024");
        browser.click(By.cssSelector("input[name=attribution][value=NAMED]"));
        browser.click(By.cssSelector("input[name=licence][value=CC_BY_4_0]"));
        browser.type(By.id("vendorDisclosure"), "None: we bought the ATS at list price.");
        browser.click(button(t("edit.save")));
        browser.until(ExpectedConditions.urlMatches(DRAFT_PATH.pattern() + "$"));
        assertFlash(t("case.saved"));
        assertStatus(t("status.DRAFT"));
        Matcher path = DRAFT_PATH.matcher(browser.path());
        assertThat(path.matches()).as(browser.path()).isTrue();
        return Long.parseLong(path.group(1));
    }

    /** A text for every section of a case study, the optional ones included. */
    private static Map<String, String> story() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Section section : Section.of(CaseType.CASE_STUDY)) {
            texts.put(section.key(), "Our " + section.key() + ": a retail chain, one ATS and a knock-out question.");
        }
        texts.put(Section.SUMMARY.key(), "A knock-out question on employment gaps rejected career returners unread.");
        texts.put(Section.WRONG.key(), FIRST_WRONG);
        texts.put(Section.RESOURCES.key(), "The ATS audit log, and a spreadsheet of every rejection reason.");
        return texts;
    }

    /** Claims the case from the review queue and waits for its review screen. */
    private void claim(String title, long id) {
        browser.waitForHeading(t("queue.heading"));
        browser.click(By.xpath(row(title) + "//button[normalize-space()=" + literal(t("queue.claim")) + "]"));
        browser.until(ExpectedConditions.urlMatches("/review/" + id + "$"));
        browser.waitForHeading(title);
    }

    /** The queue's row for a case, as XPath. */
    private static String row(String title) {
        return "//tr[.//a[normalize-space()=" + literal(title) + "]]";
    }

    private static By facet(String label, boolean active) {
        return By.xpath("//aside[contains(@class,'facets')]//a[contains(@class,'facet')"
                + (active ? " and contains(@class,'facet--active')" : " and not(contains(@class,'facet--active'))")
                + "][span[normalize-space()=" + literal(label) + "]]");
    }

    private void assertFlash(String text) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), text));
    }

    private void assertStatus(String text) {
        assertThat(browser.text(By.cssSelector("main .status"))).isEqualTo(text);
    }

    private List<String> subjectsTo(String address, int atLeast) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : TestMail.to(address, atLeast)) {
            try {
                subjects.add(mail.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
