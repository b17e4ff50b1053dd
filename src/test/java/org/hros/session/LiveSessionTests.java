package org.hros.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.session.SessionTestSupport.handle;
import static org.hros.session.SessionTestSupport.key;
import static org.hros.session.SessionTestSupport.parse;
import static org.hros.session.SessionTestSupport.principal;
import static org.hros.session.SessionTestSupport.schedule;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.session.domain.AfterwardsCommand;
import org.hros.session.domain.LiveSessionView;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.SessionQueries;
import org.hros.session.domain.SessionRsvps;
import org.hros.session.domain.SessionTimes;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveSessionTests extends IntegrationTestBase {

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionQueries queries;

    @Autowired
    SessionRsvps rsvps;

    @Autowired
    MemberDirectory directory;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Test
    void schedulingRefusesBadInputWithEachFieldsMessage() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        String body = mvc.perform(post("/sessions")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("kind", "TALK")
                        .param("title", "")
                        .param("summary", "About onboarding")
                        .param("startsAt", "2001-01-01T10:00")
                        .param("durationMinutes", "2")
                        .param("capacity", "10")
                        .param("placeUrl", "javascript:alert(1)")
                        .param("hosts", "nobody-" + key()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .as(body)
                .contains("Give the session a title.")
                .contains("A session lasts between 5 and 720 minutes.")
                .contains("Enter an address starting with https:// or http://.");
        mvc.perform(post("/sessions")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("kind", "BOGUS")
                        .param("title", "Seats")
                        .param("durationMinutes", "60")
                        .param("capacity", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a whole number.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose the kind of session.")));

        // Well-formed but unacceptable: a start in the past and a host who is not a member.
        String later = mvc.perform(post("/sessions")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf())
                        .param("kind", "TALK")
                        .param("title", "Past talk")
                        .param("summary", "About onboarding")
                        .param("startsAt", "2001-01-01T10:00")
                        .param("durationMinutes", "60")
                        .param("capacity", "10")
                        .param("venue", "Room 1")
                        .param("hosts", "nobody-" + key()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later)
                .contains("The start must be in the future.")
                .contains("One of these handles is not a member.");
    }

    @Test
    void onlyEditorsScheduleAndEveryFormNeedsItsToken() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        mvc.perform(get("/sessions/new").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions")
                        .with(user(principal(member, MemberRole.MEMBER)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions").with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isForbidden());
        long id = schedule(
                sessions,
                editor,
                handle(directory, editor),
                "Clinic " + key(),
                clock.instant(),
                Duration.ofDays(3),
                5,
                null);
        mvc.perform(get("/sessions/" + id + "/edit").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions/" + id + "/rsvp").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions/" + id + "/rsvp").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(queries.read(id).confirmed()).isZero();
    }

    @Test
    void visitorsReadCountsMembersRsvpAndOnlyEditorsSeeWhoIsComing() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        String title = "Referral clinic " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofDays(3), 5, null);
        mvc.perform(post("/sessions/" + id + "/rsvp")
                        .with(user(principal(member, MemberRole.MEMBER)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String visitor = mvc.perform(get("/sessions/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(visitor).contains(title).contains("1 of 5 seats taken").doesNotContain(member.name());
        String otherMember = mvc.perform(get("/sessions/" + id)
                        .with(user(principal(fixtures.member(MemberRole.MEMBER), MemberRole.MEMBER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(otherMember).doesNotContain(member.name());
        String asEditor = mvc.perform(get("/sessions/" + id).with(user(principal(editor, MemberRole.EDITOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asEditor).contains(member.name());
        assertThat(mvc.perform(get("/sessions")).andReturn().getResponse().getContentAsString())
                .contains(title);
    }

    @Test
    void theIcsDownloadCarriesAStableUidUtcTimesAndABumpedSequence() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        String title = "Sourcing talk " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofDays(5), 20, null);
        LiveSessionView before = queries.read(id);
        String ics = mvc.perform(get("/sessions/" + id + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        VEvent event = parse(ics).<VEvent>getComponents().get(0);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(before.calendarUid());
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(before.startsAt()));
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty("URL").orElseThrow().getValue()).endsWith("/sessions/" + id);

        sessions.recordAfterwards(id, new AfterwardsCommand(null, "Slides soon", List.of(), List.of()));
        VEvent changed = parse(mvc.perform(get("/sessions/" + id + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .<VEvent>getComponents()
                .get(0);
        assertThat(changed.getUid().orElseThrow().getValue()).isEqualTo(before.calendarUid());
        assertThat(changed.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");

        Calendar all = parse(
                mvc.perform(get("/sessions.ics")).andReturn().getResponse().getContentAsString());
        assertThat(all.<VEvent>getComponents().stream().map(e -> e.getSummary().getValue()))
                .contains(title);
        assertThat(mvc.perform(get("/sessions.atom")).andReturn().getResponse().getContentAsString())
                .contains(title);
    }

    @Test
    void theSeatConfirmationMailCarriesTheSessionAsIcs() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        String title = "Offer clinic " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofDays(4), 10, null);
        rsvps.rsvp(id, member.id());
        MimeMessage mail = TestMail.to(member.email(), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your seat: " + title);
        String ics = calendarPart(mail);
        assertThat(ics).as("the .ics attachment").isNotNull();
        VEvent event = parse(ics).<VEvent>getComponents().get(0);
        assertThat(event.getUid().orElseThrow().getValue())
                .isEqualTo(queries.read(id).calendarUid());
        assertThat(event.getSummary().getValue()).isEqualTo(title);
    }

    @Test
    void timesShowInEachMembersOwnZone() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long id = schedule(
                sessions,
                editor,
                handle(directory, editor),
                "Zones " + key(),
                clock.instant(),
                Duration.ofDays(2),
                10,
                null);
        mvc.perform(post("/profile/time-zone")
                        .with(user(principal(member, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("timeZone", "Mars/Olympus"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a time zone from the list.")));
        mvc.perform(post("/profile/time-zone")
                        .with(user(principal(member, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("timeZone", "Asia/Kolkata"))
                .andExpect(status().is3xxRedirection());
        Instant start = queries.read(id).startsAt();
        String expected = SessionTimes.span(start, 60, ZoneId.of("Asia/Kolkata"), java.util.Locale.ENGLISH);
        String page = mvc.perform(get("/sessions/" + id).with(user(principal(member, MemberRole.MEMBER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(expected);
        assertThat(page).contains("(Asia/Kolkata)");
        String visitor =
                mvc.perform(get("/sessions/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(visitor).contains("(UTC)").doesNotContain("(Asia/Kolkata)");
    }

    @Test
    void aRequestPageShowsTheSessionBornFromIt() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person asker = fixtures.member(MemberRole.MEMBER);
        long request = agenda.post(
                asker.id(),
                new RequestCommand(
                        "How do we stop ghosting candidates " + key(),
                        "We never call back the candidates we turn down, and they tell everyone.",
                        List.of(Topic.of("employer-brand")),
                        List.of(),
                        null,
                        null));
        String form = mvc.perform(
                        get("/sessions/new?request=" + request).with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"bornFromRequestId\" value=\"" + request + "\"");
        String title = "Ghosting clinic " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofDays(6), 10, request);
        String path = queries.read(id).bornFrom().path();
        String requestPage = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(requestPage).contains(title).contains("/sessions/" + id);
    }

    @Test
    void anAnonymousCaseCoveredByASessionNeverShowsItsAuthor() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        String caseTitle = "Assessment centre that failed " + key();
        long caseId = authoring.createDraft(
                author.id(),
                TestFixtures.completeCase(
                        caseTitle, Outcome.FAILURE, Topic.of("employer-brand"), AttributionMode.ANONYMOUS));
        authoring.submit(author.id(), caseId);
        reviews.claim(caseId, editor.id());
        reviews.publish(caseId, editor.id());
        long id = schedule(
                sessions,
                editor,
                handle(directory, editor),
                "Covered " + key(),
                clock.instant(),
                Duration.ofDays(2),
                10,
                null);
        rsvps.rsvp(id, author.id());
        sessions.recordAfterwards(id, new AfterwardsCommand(null, "We discussed it.", List.of(caseId), List.of()));
        String authorHandle = handle(directory, author);
        List<String> outputs = List.of(
                mvc.perform(get("/sessions/" + id)).andReturn().getResponse().getContentAsString(),
                mvc.perform(get("/sessions/" + id)
                                .with(user(principal(fixtures.member(MemberRole.MEMBER), MemberRole.MEMBER))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                mvc.perform(get("/sessions/" + id + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                mvc.perform(get("/sessions.ics")).andReturn().getResponse().getContentAsString(),
                mvc.perform(get("/sessions.atom")).andReturn().getResponse().getContentAsString());
        assertThat(outputs.get(0)).contains(caseTitle);
        for (String output : outputs) {
            assertThat(output)
                    .doesNotContain(author.name())
                    .doesNotContain(authorHandle)
                    .doesNotContain(author.email());
        }
    }

    @Test
    void thePrivateCalendarListsMySessionsUntilRevoked() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        String title = "Mine " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofDays(2), 10, null);
        rsvps.rsvp(id, member.id());
        Object token = mvc.perform(post("/sessions/calendar")
                        .with(user(principal(member, MemberRole.MEMBER)))
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("calendarToken");
        String feed = mvc.perform(get("/sessions/calendar/" + token + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(feed).contains(title);
        mvc.perform(post("/sessions/calendar/revoke")
                .with(user(principal(member, MemberRole.MEMBER)))
                .with(csrf()));
        mvc.perform(get("/sessions/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/calendar/guess.ics")).andExpect(status().isNotFound());
    }

    @Test
    void pastSessionsAreSearchableByTheirNotesAndListedByTopic() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        String word = "zebracrossing" + key().replaceAll("[0-9]", "");
        String title = "Past clinic " + key();
        long id = schedule(
                sessions, editor, handle(directory, editor), title, clock.instant(), Duration.ofHours(2), 10, null);
        sessions.recordAfterwards(
                id,
                new AfterwardsCommand(
                        "https://video.example/1", "We learned about " + word + " at length.", List.of(), List.of()));
        clock.advance(Duration.ofHours(4));
        assertThat(mvc.perform(get("/sessions").param("q", word))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(title);
        assertThat(mvc.perform(get("/sessions").param("q", "nothingmatches" + key().replaceAll("[0-9]", "")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(title);
        assertThat(mvc.perform(get("/sessions").param("topic", "employer-brand"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(title);
        // The topic's listing of cases links to its sessions.
        assertThat(mvc.perform(get("/cases").param("topic", "employer-brand"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/sessions?topic=" + "employer-brand");
    }

    static String calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            part.getInputStream().transferTo(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
