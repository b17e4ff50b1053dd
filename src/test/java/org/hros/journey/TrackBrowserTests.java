package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.track.StepCommand;
import org.hros.track.StepKind;
import org.hros.track.TrackCommand;
import org.hros.track.TrackProgress;
import org.hros.track.TrackSamples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A member follows a track in a real browser: start, tick steps, reflect, pass the exercise, get the certificate. */
@Tag("browser")
class TrackBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    TrackSamples samples;

    @Autowired
    TrackProgress progress;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Test
    void aMemberFollowsATrackToItsCertificate() {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long caseId = authoring.createDraft(
                author.id(),
                TestFixtures.completeCase(
                        "Our offer letters went to spam for a month",
                        Outcome.FAILURE,
                        Topic.of("employer-brand"),
                        AttributionMode.ANONYMOUS));
        authoring.submit(author.id(), caseId);
        reviews.claim(caseId, editor.id());
        reviews.publish(caseId, editor.id());
        String exercise = "browser-exercise-" + member.id();
        String title = "Reading failures, step by step " + member.id();
        String slug = samples.publishSample(
                editor.id(),
                new TrackCommand(
                        title,
                        Skill.of("retrospectives"),
                        "Read one failure, one short text, and practise once.",
                        true,
                        List.of(
                                new StepCommand(
                                        StepKind.CASE,
                                        caseId,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "A quiet failure nobody noticed for a month.",
                                        "What would you have checked?"),
                                new StepCommand(
                                        StepKind.TEXT,
                                        null,
                                        null,
                                        null,
                                        "Find the missed signal",
                                        "Look for the number nobody watched.",
                                        "Why read this now.",
                                        "Which signal do you not watch today?"),
                                new StepCommand(
                                        StepKind.EXERCISE,
                                        null,
                                        null,
                                        exercise,
                                        "Practise the review",
                                        null,
                                        "Practise before it is real.",
                                        "What was hardest?"))));

        browser.session("member");
        browser.logIn(member.email(), messages);
        browser.click(link(t("nav.tracks")));
        browser.waitForHeading(t("tracks.heading"));
        browser.click(link(title));
        browser.waitForHeading(title);
        assertThat(browser.text(By.tagName("main"))).doesNotContain(author.name());
        browser.click(button(t("track.start")));
        browser.waitForHeading("Our offer letters went to spam for a month");
        assertThat(browser.text(By.tagName("main"))).doesNotContain(author.name());
        assertThat(Axe.violations(browser)).as("accessibility of a step").isEmpty();

        browser.type(By.id("text"), "I would have sent myself a test offer every week.");
        browser.click(button(t("track.reflection.submit")));
        browser.visible(By.cssSelector(".flash"));
        assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo(t("track.reflection.saved"));
        browser.click(button(t("track.step.markDone")));
        browser.visible(button(t("track.step.undo")));
        browser.click(link(t("track.step.next")));
        browser.waitForHeading("Find the missed signal");
        browser.click(button(t("track.step.markDone")));
        browser.visible(button(t("track.step.undo")));
        browser.click(link(t("track.step.next")));
        browser.waitForHeading("Practise the review");
        assertThat(browser.driver().findElements(button(t("track.step.markDone"))))
                .isEmpty();

        progress.recordExercisePassed(member.id(), exercise, Instant.now());
        browser.open("/tracks/mine");
        browser.waitForHeading(t("tracks.mine.heading"));
        browser.click(link(t("track.certificate.link")));
        browser.waitForHeading(title);
        assertThat(browser.text(By.tagName("main"))).contains(t("certificate.holder.none"));
        browser.click(By.cssSelector("input[name=shownAs][value=NAME]"));
        browser.click(button(t("certificate.save")));
        browser.visible(By.cssSelector(".flash"));
        assertThat(browser.text(By.cssSelector(".certificate"))).contains(member.name());
        assertThat(Axe.violationsAtBothWidths(browser))
                .as("accessibility of the certificate")
                .isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
