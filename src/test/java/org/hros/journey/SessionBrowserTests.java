package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.support.Browser.button;
import static org.hros.support.Browser.link;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.SessionQueries;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A member who voted for a request finds the live session born from it on the request's page, takes a seat, and
 * downloads the session for their calendar.
 */
@Tag("browser")
class SessionBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionQueries queries;

    @Autowired
    MemberDirectory directory;

    @Test
    void aVoterTakesASeatAtTheSessionBornFromTheirRequestAndDownloadsIt() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person asker = fixtures.member(MemberRole.MEMBER);
        Person voter = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long request = agenda.post(
                asker.id(),
                new RequestCommand(
                        "Interview panels that never agree " + key,
                        "Our interview panels disagree on every single hire and nobody decides.",
                        List.of(Topic.of("employer-brand")),
                        List.of(),
                        null,
                        null));
        agenda.vote(request, voter.id());
        String title = "Panel clinic " + key;
        long id = sessions.schedule(
                editor.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        title,
                        "Bring your panel's last disagreement.",
                        clock.instant().plus(Duration.ofDays(4)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                        45,
                        12,
                        "https://meet.example/panels",
                        null,
                        request,
                        List.of(directory.find(editor.id()).orElseThrow().handle()),
                        Set.of(Topic.of("employer-brand"))));

        browser.session("voter");
        browser.logIn(voter.email(), messages);
        browser.open(queries.read(id).bornFrom().path());
        browser.click(link(title));
        browser.waitForHeading(title);
        browser.click(button(t("session.rsvp")));
        assertThat(browser.text(org.openqa.selenium.By.cssSelector("main"))).contains(t("session.rsvp.youHaveSeat"));

        String href = browser.visible(link(t("session.ics.download"))).getAttribute("href");
        assertThat(href).endsWith("/sessions/" + id + ".ics");
        Object ics = browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));",
                href);
        VEvent event = new CalendarBuilder()
                .build(new StringReader(String.valueOf(ics)))
                .<VEvent>getComponents()
                .get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getUid().orElseThrow().getValue())
                .isEqualTo(queries.read(id).calendarUid());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String t(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
