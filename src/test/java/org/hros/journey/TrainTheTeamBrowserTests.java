package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;
import static org.hros.support.Browser.literal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.exercise.PassingAttempts;
import org.hros.member.MemberRole;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.Axe;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.hros.track.StepCommand;
import org.hros.track.StepKind;
import org.hros.track.TrackCommand;
import org.hros.track.TrackSamples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * "Train the team" in a real browser: a lead starts a team, invites two colleagues by e-mail and assigns a track on
 * careers-site HTML with a due date; one member follows it from the team page, tries the careers-page exercise with
 * a planted script that the sandboxed preview never runs, fixes the page until it passes, shares a reflection with
 * the team and opens the certificate; once the due date has passed, the lead's dashboard shows who finished, who
 * is overdue, the team's exercise scores and the shared reflection.
 */
@Tag("browser")
class TrainTheTeamBrowserTests extends IntegrationTestBase {

    private static final String EXERCISE = "careers-page-accessibility";
    private static final String EXERCISE_TITLE = "Fix a careers page for screen readers";

    /** Planted in the starting page: each would leave a mark on the preview or the page around it if it ran. */
    private static final String PLANTED = """
            <p id="marker">untouched</p>
            <script>document.getElementById('marker').textContent = 'script ran';
            try { top.document.title = 'owned'; top.document.querySelector('h1').textContent = 'owned'; } catch (e) {}
            try { alert('script ran'); } catch (e) {}</script>
            <img src=x alt="" onerror="document.getElementById('marker').textContent = 'onerror ran'; \
            try { parent.document.title = 'owned'; alert('onerror ran'); } catch (e) {}">
            """;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    TrackSamples samples;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void aLeadTrainsTheTeamAndSeesWhoFinished() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String teamName = "Talent acquisition " + key;
        String trackTitle = "Careers-site HTML for recruiters " + key;
        String reflection = "Every link said click here; now each one names its role. " + key;
        Person lead = fixtures.member(MemberRole.MEMBER);
        Person ana = fixtures.member(MemberRole.MEMBER);
        Person ben = fixtures.member(MemberRole.MEMBER);
        String slug = publishTrack(trackTitle, key);

        // 1. The lead starts a team, invites two colleagues by e-mail and assigns the track, due today.
        browser.session("lead");
        browser.logIn(lead.email(), messages);
        browser.navigate(t("team.nav"));
        browser.waitForHeading(t("team.index.heading"));
        browser.click(link(t("team.new.link")));
        browser.waitForHeading(t("team.new.heading"));
        browser.type(By.id("name"), teamName);
        browser.type(By.id("purpose"), "This quarter: careers-site HTML.");
        browser.click(button(t("team.new.submit")));
        browser.waitForHeading(teamName);
        assertFlash(t("team.created"));
        String teamPath = browser.path();
        assertThat(teamPath).matches("/teams/\\d+");
        for (Person invitee : List.of(ana, ben)) {
            browser.type(By.id("email"), invitee.email());
            browser.click(button(t("team.invite.submit")));
            assertFlash(t("team.invite.sent"));
        }
        assertThat(browser.text(By.cssSelector("section[aria-labelledby=invite-heading]")))
                .contains(ana.email(), ben.email());

        browser.click(link(t("team.assignment.new.link")));
        browser.waitForHeading(t("team.assignment.new.heading"));
        browser.click(By.cssSelector("#track option[value='" + slug + "']"));
        // A date field takes typed keys in the order of the browser's locale; setting it is what a picker does.
        LocalDate due = LocalDate.now(clock);
        browser.script("arguments[0].value = arguments[1]", browser.visible(By.id("dueOn")), due.toString());
        axe("the assignment form");
        browser.click(button(t("team.assignment.new.submit")));
        browser.waitForHeading(teamName);
        assertFlash(t("team.assignment.created"));
        assertThat(browser.text(By.cssSelector("section[aria-labelledby=assignments-heading] tbody")))
                .contains(trackTitle);
        axe("the lead's team page");
        assertThat(browser.consoleErrors()).as("console of the lead").isEmpty();

        // Each colleague follows the private link from their mail, logs in and joins.
        join(ben, teamName, teamPath);
        assertThat(browser.text(By.cssSelector("section[aria-labelledby=assignments-heading] tbody")))
                .contains(trackTitle, t("team.progress.steps", 0, 3));
        join(ana, teamName, teamPath);
        axe("a member's team page");

        // 2. Ana follows the assigned track from the team page and ticks the steps she reads.
        browser.click(link(trackTitle));
        browser.waitForHeading(trackTitle);
        browser.click(button(t("track.start")));
        browser.waitForHeading("Our careers page lost the screen-reader candidates " + key);
        browser.click(button(t("track.step.markDone")));
        browser.visible(button(t("track.step.undo")));
        browser.click(link(t("track.step.next")));
        browser.waitForHeading("Links that say where they go");

        // She shares her reflection on the reading with her team.
        browser.type(By.id("text"), reflection);
        String shareWithTeam = t("track.reflection.share.team", teamName);
        browser.click(By.xpath("//fieldset//label[normalize-space()=" + literal(shareWithTeam) + "]/input"));
        browser.click(button(t("track.reflection.submit")));
        assertFlash(t("track.reflection.saved"));
        assertThat(browser.visible(By.cssSelector("input[name=share][value^='team:']"))
                        .isSelected())
                .as("the team stays chosen")
                .isTrue();
        browser.click(button(t("track.step.markDone")));
        browser.visible(button(t("track.step.undo")));
        browser.click(link(t("track.step.next")));
        browser.waitForHeading("Fix the careers page");
        assertThat(browser.text(By.cssSelector(".track-progress"))).contains(t("track.step.exercise.pending"));
        String stepPath = browser.path();

        // 3. From the exercise step she opens the exercise and checks the starting page with a planted script.
        browser.click(link("Fix the careers page"));
        browser.waitForHeading(EXERCISE_TITLE);
        String pageTitle = browser.driver().getTitle();
        assertThat(browser.consoleErrors())
                .as("console of the member before the preview")
                .isEmpty();
        WebElement editor = browser.visible(By.id("text"));
        String start = editor.getDomProperty("value");
        assertThat(start).contains("click here");
        setText(start.replace("</body>", PLANTED + "</body>"));
        browser.click(button(t("exercise.check")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".exercise-verdict"), t("exercise.feedback.failed")));
        String findings = browser.text(By.cssSelector(".exercise-findings"));
        assertThat(findings)
                .as("the W3C checker's and the accessibility rules' findings")
                .contains(t("exercise.validity.message", "").strip())
                .contains(t("exercise.a11y.vagueLink", "click here"))
                .contains(t("exercise.a11y.lang"));

        WebElement frame = browser.visible(By.cssSelector("iframe.exercise-preview"));
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        browser.driver().switchTo().frame(frame);
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("marker")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Work with us");
        assertThat(browser.driver().findElement(By.id("marker")).getText())
                .as("neither the script nor the onerror handler ran in the preview")
                .isEqualTo("untouched");
        browser.driver().switchTo().defaultContent();
        assertNoAlert();
        assertThat(browser.driver().getTitle()).isEqualTo(pageTitle);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(EXERCISE_TITLE);
        axe("the exercise with its feedback and preview");

        // She fixes the page until the checker passes; the pass completes the exercise step.
        setText(PassingAttempts.CAREERS_PAGE);
        browser.click(button(t("exercise.check")));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".exercise-verdict"), t("exercise.feedback.passed")));
        assertNoAlert();
        browser.open(stepPath);
        browser.until(driver -> {
            if (browser.text(By.cssSelector(".track-progress")).contains(t("track.step.exercise.passed"))) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });

        // 4. The track is complete; she opens her certificate from the track page.
        browser.click(link(t("track.step.finish")));
        browser.waitForHeading(trackTitle);
        assertThat(browser.text(By.cssSelector(".track-progress"))).contains(t("track.progress.done", 3, 3));
        browser.click(link(t("track.certificate.link")));
        browser.waitForHeading(trackTitle);
        assertThat(browser.text(By.tagName("main"))).contains(t("certificate.kicker"));
        axe("the certificate");

        // 5. Two days after the due date the lead opens the dashboard.
        clock.advance(Duration.ofDays(2));
        browser.session("lead-again");
        browser.logIn(lead.email(), messages);
        browser.open(teamPath);
        browser.waitForHeading(teamName);
        browser.click(link(t("team.dashboard.link")));
        browser.waitForHeading(t("team.dashboard.heading"));
        assertThat(browser.text(By.cssSelector("section[aria-labelledby=progress-heading]")))
                .contains(trackTitle, t("team.dashboard.completedCount", 1, 3));
        assertThat(row(ana)).contains(t("team.progress.steps", 3, 3)).contains(completedOn());
        assertThat(row(ben)).contains(t("team.progress.steps", 0, 3), t("team.overdue"));
        assertThat(browser.driver()
                        .findElements(By.xpath(rowXpath(ben) + "/ancestor::tr[contains(@class," + " 'team-overdue')]")))
                .as("Ben's row is highlighted as overdue")
                .hasSize(1);

        WebElement chart = browser.visible(By.cssSelector("section[aria-labelledby=scores-heading] svg[role=img]"));
        assertThat(chart.findElements(By.cssSelector("rect.team-chart__bar"))).hasSize(1);
        List<String> weekWithAttempts = browser
                .driver()
                .findElements(By.cssSelector("section[aria-labelledby=scores-heading] table tbody tr"))
                .stream()
                .map(tr -> tr.getDomProperty("textContent").strip().replaceAll("\\s+", " "))
                .filter(text -> !text.endsWith(t("team.none")))
                .toList();
        assertThat(weekWithAttempts)
                .as("one week with Ana's two attempts, one passed")
                .singleElement()
                .satisfies(text -> assertThat(text).matches("\\d{4}-\\d{2}-\\d{2} 2 1 \\d+"));

        String shared = browser.text(By.cssSelector("section[aria-labelledby=reflections-heading]"));
        assertThat(shared).contains(reflection, ana.name(), trackTitle, "Links that say where they go");
        axe("the team dashboard");
        assertThat(browser.consoleErrors())
                .as("console of the lead on the dashboard")
                .isEmpty();
        assertThat(violations).as("WCAG 2.2 AA violations by page").isEmpty();
    }

    /** A published track on careers-site HTML: a failure case, a short text, and the careers-page exercise. */
    private String publishTrack(String title, String key) {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = authoring.createDraft(
                author.id(),
                TestFixtures.completeCase(
                        "Our careers page lost the screen-reader candidates " + key,
                        Outcome.FAILURE,
                        Topic.of("employer-brand"),
                        AttributionMode.ANONYMOUS));
        authoring.submit(author.id(), caseId);
        reviews.claim(caseId, editor.id());
        reviews.publish(caseId, editor.id());
        return samples.publishSample(
                editor.id(),
                new TrackCommand(
                        title,
                        Skill.of("html-css"),
                        "Read one failure, learn what a link should say, and fix a careers page.",
                        false,
                        List.of(
                                new StepCommand(
                                        StepKind.CASE,
                                        caseId,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "A page that looked fine and turned candidates away.",
                                        "Who could not apply?"),
                                new StepCommand(
                                        StepKind.TEXT,
                                        null,
                                        null,
                                        null,
                                        "Links that say where they go",
                                        "A screen reader lists the links of a page: *click here* ten times says nothing.",
                                        "Most careers pages fail here first.",
                                        "Which link on your careers page says nothing?"),
                                new StepCommand(
                                        StepKind.EXERCISE,
                                        null,
                                        null,
                                        EXERCISE,
                                        "Fix the careers page",
                                        null,
                                        "Practise on a page before your own.",
                                        "What was hardest?"))));
    }

    /** A new browser for {@code person}: the link from their mail, the log-in it asks for, and the join button. */
    private void join(Person person, String teamName, String teamPath) {
        browser.session("member-" + person.id());
        browser.open(TestMail.link(person.email(), "/teams/invitations/"));
        browser.waitForHeading(t("team.invitation.heading", teamName));
        axe("the invitation");
        browser.click(link(t("team.invitation.logIn")));
        browser.waitForHeading(t("login.heading"));
        browser.type(By.id("email"), person.email());
        browser.type(By.id("password"), TestFixtures.PASSWORD);
        browser.click(button(t("login.submit")));
        browser.waitForHeading(t("team.invitation.heading", teamName));
        browser.click(button(t("team.invitation.join")));
        browser.waitForHeading(teamName);
        assertThat(browser.path()).isEqualTo(teamPath);
        assertFlash(t("team.joined"));
    }

    /** Sets the exercise's text as a paste would: typing a whole page key by key only slows the journey down. */
    private void setText(String text) {
        browser.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.visible(By.id("text")),
                text);
    }

    private void assertNoAlert() {
        try {
            String shown = browser.driver().switchTo().alert().getText();
            throw new AssertionError("A planted script opened an alert: " + shown);
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
    }

    private String rowXpath(Person person) {
        return "//section[@aria-labelledby='progress-heading']//tbody/tr/th[normalize-space()=" + literal(person.name())
                + "]";
    }

    /** The dashboard's row for {@code person}, as its text. */
    private String row(Person person) {
        return browser.visible(By.xpath(rowXpath(person) + "/ancestor::tr"))
                .getDomProperty("textContent")
                .strip()
                .replaceAll("\\s+", " ");
    }

    private String completedOn() {
        return t("team.progress.completed", "").strip();
    }

    private void assertFlash(String text) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), text));
    }

    private void axe(String where) {
        List<String> found = Axe.violations(browser);
        if (!found.isEmpty()) {
            violations.put(where, found);
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
