package org.hros.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.exercise.domain.PeerReviews;
import org.hros.exercise.domain.Practice;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.notification.domain.NoticePreferences;
import org.hros.practice.GoalVisibility;
import org.hros.practice.domain.GoalService;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.session.SessionKind;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.SessionRsvps;
import org.hros.shared.Slugs;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.team.domain.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A member downloads their own data from their settings: one ZIP holding their profile, cases with every revision
 * and draft, replies, requests, goals, circle posts, reactions and settings, with a README saying what each file
 * is, and never another member's identity. It takes a POST with its CSRF token, is limited to three an hour, and
 * each download is audited.
 */
class MyDataExportTests extends IntegrationTestBase {

    @Autowired
    DiscussionService discussion;

    @Autowired
    ReactionService reactions;

    @Autowired
    Agenda agenda;

    @Autowired
    GoalService goals;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    NoticePreferences noticePreferences;

    @Autowired
    AuditLog audit;

    @Autowired
    Practice practice;

    @Autowired
    PeerReviews peerReviews;

    @Autowired
    LiveSessions liveSessions;

    @Autowired
    SessionRsvps rsvps;

    @Autowired
    TeamService teams;

    @Autowired
    MemberDirectory directory;

    /** A built-in copywriting exercise, which peers review. */
    static final String COPY_EXERCISE = "candidate-email-rewrite";

    @Test
    void theArchiveHoldsTheMembersOwnDataAndNeverAnotherMembersIdentity() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Person me = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);

        // A case published twice (two revisions), and a draft never submitted.
        String firstTitle = "Referral bonus we doubled " + key;
        long published = fixtures.published(me, editor, firstTitle, Outcome.FAILURE, Topic.of("sourcing"));
        String secondTitle = "Referral bonus we doubled, revised " + key;
        fixtures.authoring()
                .saveDraft(
                        me.id(),
                        published,
                        TestFixtures.completeCase(
                                secondTitle, Outcome.MIXED, Topic.of("sourcing"), AttributionMode.NAMED));
        fixtures.authoring().submit(me.id(), published);
        fixtures.reviews().claim(published, editor.id());
        fixtures.reviews().publish(published, editor.id());
        String draftTitle = "Careers chatbot still in my drawer " + key;
        long draft = fixtures.draft(me, draftTitle, Outcome.FAILURE, Topic.of("sourcing"));

        // The other member's case, where both of us reply; I react to their reply.
        String theirTitle = "Their structured interviews " + key;
        long theirs = fixtures.published(other, editor, theirTitle, Outcome.SUCCESS, Topic.of("sourcing"));
        SubjectRef theirCase = new SubjectRef(SubjectType.CASE, theirs);
        long theirReply = discussion.post(theirCase, other.id(), "Their question about panels " + key, null);
        discussion.post(theirCase, me.id(), "My own answer about panels " + key, theirReply);
        reactions.set(new SubjectRef(SubjectType.REPLY, theirReply), me.id(), ReactionKind.HELPED, true);
        reactions.set(theirCase, me.id(), ReactionKind.BOOKMARK, true);

        // A request of mine, and my vote on theirs.
        long myRequest = agenda.post(me.id(), request("How do we brief hiring managers " + key));
        long theirRequest = agenda.post(other.id(), request("Their request about onboarding " + key));
        agenda.vote(theirRequest, me.id());

        // A goal with a check-in.
        long goal = goals.create(
                me.id(),
                goals.command("Write one Spark a month " + key, null, GoalVisibility.ONLY_ME, List.of(), null, null));
        goals.checkIn(goal, me.id(), "Wrote the first Spark " + key, null);

        // A circle they opened, where I post and they post.
        long circle = circles.create(
                other.id(), new CircleCommand("Sourcing peers " + key, "Talking through what failed.", 6, false, null));
        String link = invitations.createLink(circle, other.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), me.id());
        long thread = circles.openClinic(circle, other.id(), "Their clinic " + key, "Their opening post " + key, false);
        circles.reply(circle, thread, me.id(), "My own circle post " + key);

        noticePreferences.set(me.id(), NoticeCategory.REQUEST_UPDATES, NoticeDelivery.EMAIL_DAILY);

        // An exercise attempt of mine that they review, and their attempt that I review.
        long myAttempt = practice.attempt(COPY_EXERCISE, me.id(), "My rewrite of the rejection " + key, Map.of());
        peerReviews.offer(COPY_EXERCISE, myAttempt, me.id());
        long theirAttempt =
                practice.attempt(COPY_EXERCISE, other.id(), "Their rewrite of the rejection " + key, Map.of());
        peerReviews.offer(COPY_EXERCISE, theirAttempt, other.id());
        peerReviews.review(
                COPY_EXERCISE, myAttempt, other.id(), peerReviews.command(3, 2, 2, 3, "Their kind comment " + key));
        peerReviews.review(
                COPY_EXERCISE, theirAttempt, me.id(), peerReviews.command(2, 2, 3, 3, "My own comment " + key));

        // A session the editor hosts, where I take a seat; a team I lead, which they join.
        String sessionTitle = "Clinic: referral schemes " + key;
        long session = liveSessions.schedule(
                editor.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        sessionTitle,
                        "We work through **failed** referral schemes together.",
                        Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        20,
                        "https://meet.example/hros",
                        null,
                        null,
                        List.of(directory.find(editor.id()).orElseThrow().handle()),
                        Set.of(Topic.of("sourcing"))));
        rsvps.rsvp(session, me.id());
        String teamName = "Talent team " + key;
        teams.create(me.id(), teamName, "We learn to write rejections people can bear.");

        MockHttpServletResponse response = mvc.perform(
                        post("/settings/data/export").with(csrf()).with(user(principal(me))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(".zip");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        Map<String, String> zip = ZipEntries.read(response.getContentAsByteArray());

        assertThat(zip.keySet()).first().as("the README comes first").isEqualTo("README.md");
        assertThat(zip.keySet())
                .contains(
                        "profile.json",
                        "cases/cases.json",
                        "cases/" + published + "/working-copy.md",
                        "cases/" + published + "/revision-1.md",
                        "cases/" + published + "/revision-2.md",
                        "cases/" + draft + "/working-copy.md",
                        "requests/requests.json",
                        "requests/" + myRequest + ".md",
                        "replies.json",
                        "reactions.json",
                        "goals.json",
                        "circles.json",
                        "tracks.json",
                        "exercises.json",
                        "sessions.json",
                        "teams.json",
                        "settings/notifications.json",
                        "settings/digest.json")
                .doesNotContain("cases/" + theirs + "/working-copy.md");
        String readme = zip.get("README.md");
        assertThat(readme)
                .contains("`profile.json`", "`cases/{id}/revision-{n}.md`", "`replies.json`", "`circles.json`")
                .contains("never holds another member");

        assertThat(JsonPath.<String>read(zip.get("profile.json"), "$.email")).isEqualTo(me.email());
        assertThat(zip.get("profile.json")).doesNotContain("password");
        assertThat(JsonPath.<List<String>>read(zip.get("cases/cases.json"), "$[*].title"))
                .containsExactly(secondTitle, draftTitle);
        assertThat(JsonPath.<List<Integer>>read(zip.get("cases/cases.json"), "$[0].revisions[*].number"))
                .containsExactly(1, 2);
        assertThat(zip.get("cases/" + published + "/revision-1.md"))
                .startsWith("# " + firstTitle)
                .contains("## Summary", "Text for **summary** of " + firstTitle);
        assertThat(zip.get("cases/" + published + "/revision-2.md")).startsWith("# " + secondTitle);
        assertThat(zip.get("cases/" + draft + "/working-copy.md")).contains("of " + draftTitle);

        String replies = zip.get("replies.json");
        assertThat(JsonPath.<List<String>>read(replies, "$[*].markdown"))
                .containsExactly("My own answer about panels " + key);
        assertThat(JsonPath.<List<String>>read(replies, "$[*].subjectTitle")).containsExactly(theirTitle);
        assertThat(JsonPath.<List<Boolean>>read(replies, "$[*].answer")).containsExactly(true);
        assertThat(replies).doesNotContain("Their question about panels");
        assertThat(JsonPath.<List<String>>read(zip.get("reactions.json"), "$.reactions[*].kind"))
                .containsExactlyInAnyOrder("HELPED", "BOOKMARK");

        String requests = zip.get("requests/requests.json");
        assertThat(JsonPath.<List<String>>read(requests, "$.opened[*].title"))
                .containsExactly("How do we brief hiring managers " + key);
        assertThat(JsonPath.<List<String>>read(requests, "$.votes[*].requestTitle"))
                .containsExactly("Their request about onboarding " + key);
        assertThat(zip.get("requests/" + myRequest + ".md")).startsWith("# How do we brief hiring managers " + key);

        assertThat(JsonPath.<List<String>>read(zip.get("goals.json"), "$.goals[0].checkIns[*].note"))
                .containsExactly("Wrote the first Spark " + key);
        String circlesJson = zip.get("circles.json");
        assertThat(JsonPath.<List<String>>read(circlesJson, "$.memberOf[*].name"))
                .containsExactly("Sourcing peers " + key);
        assertThat(circlesJson)
                .contains("My own circle post " + key)
                .doesNotContain("Their opening post", "Their clinic");
        assertThat(JsonPath.<String>read(zip.get("settings/notifications.json"), "$.REQUEST_UPDATES"))
                .isEqualTo("EMAIL_DAILY");

        String exercises = zip.get("exercises.json");
        assertThat(JsonPath.<List<String>>read(exercises, "$.attempts[*].submission"))
                .containsExactly("My rewrite of the rejection " + key);
        assertThat(JsonPath.<List<String>>read(exercises, "$.attempts[0].reviews[*].comment"))
                .containsExactly("Their kind comment " + key);
        assertThat(JsonPath.<List<String>>read(exercises, "$.reviewsWritten[*].comment"))
                .containsExactly("My own comment " + key);
        assertThat(exercises).doesNotContain("Their rewrite of the rejection");
        String sessions = zip.get("sessions.json");
        assertThat(JsonPath.<List<String>>read(sessions, "$.rsvps[*].session")).containsExactly(sessionTitle);
        assertThat(JsonPath.<List<String>>read(sessions, "$.rsvps[*].status")).containsExactly("CONFIRMED");
        assertThat(JsonPath.<List<String>>read(sessions, "$.hosted")).isEmpty();
        assertThat(JsonPath.<List<String>>read(zip.get("teams.json"), "$[*].team"))
                .containsExactly(teamName);
        assertThat(JsonPath.<List<String>>read(zip.get("teams.json"), "$[*].role"))
                .containsExactly("LEAD");

        String company = "Canary Corp "
                + other.email()
                        .substring(other.email().indexOf('-') + 1, other.email().indexOf('@'));
        zip.forEach((name, text) -> assertThat(text)
                .as(name)
                .doesNotContain(other.name(), other.email(), Slugs.slugify(other.name()), company, editor.name()));
    }

    @Test
    void theSettingsPageSaysWhatIsInTheArchiveAndAsksForAPostWithItsToken() throws Exception {
        Person me = fixtures.member(MemberRole.MEMBER);
        String page = mvc.perform(get("/settings/data").with(user(principal(me))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Download your data", "profile.json", "cases/{id}/revision-{n}.md", "circles.json")
                .contains("method=\"post\" action=\"/settings/data/export\"", "name=\"_csrf\"");

        assertThat(mvc.perform(post("/settings/data/export").with(user(principal(me))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without its CSRF token")
                .isEqualTo(403);
        MockHttpServletResponse visitor =
                mvc.perform(get("/settings/data")).andReturn().getResponse();
        assertThat(visitor.getStatus()).isEqualTo(302);
        assertThat(visitor.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/settings/notifications").with(user(principal(me))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the settings link to it")
                .contains("href=\"/settings/data\"");
    }

    @Test
    void threeDownloadsAnHourAreAllowedAndEachIsAudited() throws Exception {
        Person me = fixtures.member(MemberRole.MEMBER);
        for (int i = 0; i < 3; i++) {
            assertThat(export(me).getStatus()).as("download " + (i + 1)).isEqualTo(200);
        }
        MockHttpServletResponse fourth = export(me);
        assertThat(fourth.getStatus()).isEqualTo(429);
        assertThat(fourth.getHeader("Retry-After")).isNotNull();
        assertThat(fourth.getContentAsString()).contains("Please try again in");
        assertThat(audit.entriesAbout(me.id(), 1, 20).items())
                .filteredOn(e -> e.action() == AuditAction.EXPORTED_OWN_DATA)
                .hasSize(3);

        Person someoneElse = fixtures.member(MemberRole.MEMBER);
        assertThat(export(someoneElse).getStatus())
                .as("another member's allowance")
                .isEqualTo(200);
    }

    private MockHttpServletResponse export(Person who) throws Exception {
        return mvc.perform(post("/settings/data/export").with(csrf()).with(user(principal(who))))
                .andReturn()
                .getResponse();
    }

    private static RequestCommand request(String title) {
        return new RequestCommand(
                title,
                "A description that is long enough to be a request.",
                List.of(Topic.of("sourcing")),
                List.of(),
                null,
                null);
    }

    private static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), Slugs.slugify(p.name()), p.name(), MemberRole.MEMBER, true, "");
    }
}
