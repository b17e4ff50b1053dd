package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;
import static org.hros.support.Browser.literal;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.radar.domain.RadarRefresh;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.session.domain.SessionQueries;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Keeping up without a mail per post: a member chooses their topics and a skill, finds a colleague's anonymous
 * failure story at the top of the preview of their next digest, votes for a request, takes a seat at the live
 * session an editor schedules from it and downloads it for their calendar, and follows the radar to the evidence
 * behind a blip on their topic — never seeing the anonymous author's name on the way.
 */
@Tag("browser")
class KeepUpBrowserTests extends IntegrationTestBase {

    private static final Pattern SESSION_PATH = Pattern.compile("/sessions/(\\d+)");
    private static final Topic TOPIC = Topic.of("talent-marketing");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    SessionQueries sessions;

    @Autowired
    RadarRefresh radar;

    @Test
    void aMemberKeepsUpThroughTheirDigestASessionAndTheRadar() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person member = fixtures.member(MemberRole.MEMBER);
        Person hidden = fixtures.member(MemberRole.MEMBER);
        Person named = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);

        // 1. The member chooses a topic and a skill on their profile.
        browser.session("member");
        logIn(member);
        browser.navigate(t("account.menu.profile"));
        browser.waitForHeading(t("settings.heading"));
        check(By.cssSelector("input[name=topics][value=" + TOPIC.slug() + "]"));
        check(By.cssSelector("input[name=skills][value=" + "evp-design" + "]"));
        browser.click(button(t("profile.save")));
        assertFlash(t("profile.saved"));
        assertThat(browser.visible(By.cssSelector("input[name=topics][value=" + TOPIC.slug() + "]"))
                        .isSelected())
                .isTrue();

        // 2. A colleague's anonymous failure story on that topic is published; the member finds it first in the
        // preview of their next digest, reached from their settings, under the failure stories.
        String failure = "Our talent newsletter nobody opened " + key;
        publish(hidden, editor, failure, Outcome.FAILURE, AttributionMode.ANONYMOUS);
        browser.open("/profile");
        browser.click(By.xpath("//main//a[normalize-space()=" + Browser.literal(t("settings.notifications")) + "]"));
        browser.waitForHeading(t("notifications.settings.heading"));
        browser.click(link(t("digest.settings.link")));
        browser.waitForHeading(t("digest.settings.heading"));
        browser.click(link(t("digest.settings.preview")));
        browser.waitForHeading(t("digest.preview.heading"));
        By firstSection = By.cssSelector(".digest-preview .digest__section:first-of-type");
        assertThat(browser.text(By.cssSelector(".digest-preview .digest__section:first-of-type > h2")))
                .isEqualTo(t("digest.section.failures"));
        assertThat(browser.visible(firstSection)
                        .findElement(By.cssSelector(".digest__items > li:first-child > a"))
                        .getDomProperty("textContent")
                        .strip())
                .isEqualTo(failure);
        assertThat(browser.driver().getPageSource())
                .doesNotContain(hidden.name())
                .doesNotContain(hidden.email());
        assertAccessible("the digest preview");

        // 3. The member votes for a request; an editor schedules a session from it on the request's page.
        String asked = "How do you get hiring managers to share talent posts " + key;
        long request = agenda.post(
                named.id(),
                new RequestCommand(
                        asked,
                        "Our hiring managers never share the posts we write for them.",
                        List.of(TOPIC),
                        List.of(),
                        null,
                        null));
        browser.open("/requests/" + request);
        browser.waitForHeading(asked);
        String requestPath = browser.path();
        browser.click(button(t("request.vote")));
        browser.visible(button(t("request.unvote")));
        assertThat(browser.text(By.id("vote-count"))).isEqualTo("1");

        String title = "Talent marketing clinic " + key;
        browser.session("editor");
        logIn(editor);
        browser.open(requestPath);
        browser.waitForHeading(asked);
        browser.click(link(t("request.sessions.schedule")));
        browser.waitForHeading(t("session.new.title"));
        assertThat(browser.visible(By.id("title")).getDomProperty("value")).isEqualTo(asked);
        browser.type(By.id("title"), title);
        browser.type(By.id("summary"), "Bring a post your hiring managers would not share.");
        // A date-time field takes typed keys in the order of the browser's locale; setting it is what a picker does.
        browser.script(
                "arguments[0].value = arguments[1]",
                browser.visible(By.id("startsAt")),
                LocalDate.now().plusDays(5) + "T15:00");
        browser.type(By.id("placeUrl"), "https://meet.example/talent-" + key);
        browser.click(button(t("session.new.submit")));
        assertFlash(t("session.scheduled"));
        browser.waitForHeading(title);
        Matcher sessionPath = SESSION_PATH.matcher(browser.path());
        assertThat(sessionPath.matches()).as(browser.path()).isTrue();
        long session = Long.parseLong(sessionPath.group(1));

        // The member follows the request to the session, takes a seat and downloads it for their calendar.
        browser.session("member-again");
        logIn(member);
        browser.open(requestPath);
        browser.waitForHeading(asked);
        browser.click(
                By.xpath("//section[@aria-labelledby='born-sessions']//a[normalize-space()=" + literal(title) + "]"));
        browser.waitForHeading(title);
        browser.click(button(t("session.rsvp")));
        assertFlash(t("session.rsvp.confirmed"));
        assertThat(browser.text(By.cssSelector("main"))).contains(t("session.rsvp.youHaveSeat"));
        assertAccessible("the session page");

        String href = browser.visible(link(t("session.ics.download"))).getAttribute("href");
        assertThat(href).endsWith("/sessions/" + session + ".ics");
        Map<?, ?> download = (Map<?, ?>) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.text().then(body => done({status: r.status,"
                        + " type: r.headers.get('content-type'), body: body}))).catch(e => done({status: 0,"
                        + " type: '', body: String(e)}));",
                href);
        assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
        assertThat(String.valueOf(download.get("type"))).startsWith("text/calendar");
        VEvent event = new CalendarBuilder()
                .build(new StringReader(String.valueOf(download.get("body"))))
                .<VEvent>getComponents()
                .get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getUid().orElseThrow().getValue())
                .isNotBlank()
                .isEqualTo(sessions.read(session).calendarUid());

        // 4. With more evidence on the topic and the radar recomputed, the member follows its blip to the cases
        // behind it: the anonymous story is listed, its author is not named; the named one is.
        String success = "Employee stories that filled our pipeline " + key;
        publish(named, editor, success, Outcome.SUCCESS, AttributionMode.NAMED);
        radar.refresh();
        browser.click(link(t("nav.radar")));
        browser.waitForHeading(t("radar.heading"));
        assertAccessible("the radar");
        String blip = t(TOPIC.messageKey());
        browser.click(By.xpath("//table//a[normalize-space()=" + literal(blip) + "]"));
        browser.waitForHeading(blip);
        assertThat(browser.path()).isEqualTo("/radar/blips/topic/" + TOPIC.slug());
        List<String> evidence = browser
                .visible(By.cssSelector("section[aria-labelledby=cases]"))
                .findElements(By.cssSelector(".case-card__title a"))
                .stream()
                .map(a -> a.getDomProperty("textContent").strip())
                .toList();
        assertThat(evidence).contains(failure, success);
        assertThat(browser.text(By.cssSelector("section[aria-labelledby=cases]")))
                .contains(named.name());
        assertThat(browser.driver().getPageSource())
                .doesNotContain(hidden.name())
                .doesNotContain(hidden.email());
        assertAccessible("a blip's evidence");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void publish(Person author, Person editor, String title, Outcome outcome, AttributionMode mode) {
        long id = authoring.createDraft(author.id(), TestFixtures.completeCase(title, outcome, TOPIC, mode));
        authoring.submit(author.id(), id);
        reviews.claim(id, editor.id());
        reviews.publish(id, editor.id());
    }

    /** Ticks a box unless it is ticked already (the profile keeps earlier choices). */
    private void check(By box) {
        WebElement element = browser.visible(box);
        if (!element.isSelected()) {
            browser.click(box);
        }
        browser.until(ExpectedConditions.elementToBeSelected(box));
    }

    private void assertAccessible(String where) {
        assertThat(Axe.violations(browser)).as("WCAG 2.2 AA on %s", where).isEmpty();
    }

    private void logIn(Person person) {
        browser.logIn(person.email(), messages);
    }

    private void assertFlash(String text) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main .flash[role=status]"), text));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
