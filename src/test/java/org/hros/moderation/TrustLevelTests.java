package org.hros.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hros.moderation.MemberAdministrationTests.as;
import static org.hros.moderation.MemberAdministrationTests.mail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberInterests;
import org.hros.member.MemberRole;
import org.hros.member.MemberTrust;
import org.hros.member.TrustLevel;
import org.hros.request.RequestCommand;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trust levels: earned from days visited, cases read, replies and reactions received (computed by the scheduled job
 * and on demand), set by hand by editors with a reason (audited, and left alone by the job); a new member's limits on
 * links, posts a day and invitations, lifted at the next level; and what the member sees of it on their settings.
 */
class TrustLevelTests extends IntegrationTestBase {

    @Autowired
    MemberTrust trust;

    @Autowired
    MemberInterests interests;

    @Autowired
    DiscussionService discussions;

    @Autowired
    ReactionService reactions;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.hros.request.CommunityAgenda agenda;

    private Person newcomer() {
        Person p = fixtures.member(MemberRole.MEMBER);
        jdbc.sql("update member set trust_level = 'NEW' where id = ?")
                .param(p.id())
                .update();
        return p;
    }

    private long publishedCase(Person author, Person editor) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                "Trust case " + UUID.randomUUID(),
                                Outcome.MIXED,
                                Topic.of("sourcing"),
                                AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void aNewMemberBecomesAMemberByVisitingOnThreeDaysAndReadingFiveCases() throws Exception {
        Person member = newcomer();
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.NEW);

        // The settings page says where they stand and what lifts them.
        mvc.perform(get("/profile").with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are at the level: New member.")))
                .andExpect(content().string(containsString("Days you visited: 0 of 3")))
                .andExpect(content().string(containsString("Cases you read: 0 of 5")))
                .andExpect(content().string(containsString("at most 2 links in a post")));

        for (int day = 0; day < 3; day++) {
            interests.recordVisit(member.id());
            clock.advance(Duration.ofDays(1));
        }
        // Back to now, so that the cases below are not published in other tests' future.
        clock.reset();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get(pathOf(publishedCase(author, editor))).with(as(member, MemberRole.MEMBER)))
                    .andExpect(status().isOk());
        }
        // Reading one's own case does not count.
        long own = publishedCase(member, editor);
        mvc.perform(get(pathOf(own)).with(as(member, MemberRole.MEMBER))).andExpect(status().isOk());
        // Four cases read: the computation leaves them new.
        trust.recomputeAll();
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.NEW);
        // Reading the same case twice counts once.
        String fifth = pathOf(publishedCase(author, editor));
        mvc.perform(get(fifth).with(as(member, MemberRole.MEMBER))).andExpect(status().isOk());
        mvc.perform(get(fifth).with(as(member, MemberRole.MEMBER))).andExpect(status().isOk());
        assertThat(trust.standing(member.id()).progress())
                .filteredOn(p -> p.signal() == org.hros.shared.TrustSignal.CASES_READ)
                .singleElement()
                .satisfies(p -> assertThat(p.have()).isEqualTo(5));

        // Computed on demand when they open their settings.
        mvc.perform(get("/profile").with(as(member, MemberRole.MEMBER)))
                .andExpect(content().string(containsString("You are at the level: Member.")))
                .andExpect(content().string(containsString("Replies to your replies: 0 of 5")));
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.MEMBER);
        assertThat(TestMail.text(mail(member.email(), "You are now at the trust level: Member")))
                .contains("/profile#trust");
    }

    @Test
    void theJobMakesARegularOfAMemberWhoseRepliesDrawRepliesAndReactions() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        jdbc.sql("update member set days_visited = 15 where id = ?")
                .param(member.id())
                .update();
        for (int i = 0; i < 30; i++) {
            jdbc.sql("insert into case_read (case_id, member_id, read_at) values (?, ?, now())")
                    .params(publishedCaseId(author, editor, i), member.id())
                    .update();
        }
        long caseId = publishedCase(author, editor);
        SubjectRef onCase = new SubjectRef(SubjectType.CASE, caseId);
        long reply = discussions.post(onCase, member.id(), "What we learnt from the stand.", null);
        Person other = fixtures.member(MemberRole.MEMBER);
        for (int i = 0; i < 5; i++) {
            discussions.post(onCase, other.id(), "Same here, round " + i, reply);
        }
        trust.recomputeAll();
        assertThat(trust.level(member.id())).as("no reactions yet").isEqualTo(TrustLevel.MEMBER);
        SubjectRef onReply = new SubjectRef(SubjectType.REPLY, reply);
        for (int i = 0; i < 4; i++) {
            Person reader = fixtures.member(MemberRole.MEMBER);
            for (ReactionKind kind : List.of(ReactionKind.HELPED, ReactionKind.ME_TOO, ReactionKind.FAILED_TOO)) {
                reactions.set(onReply, reader.id(), kind, true);
            }
        }
        // The scheduled job's work (the job itself runs it under a lock, at most once a minute).
        trust.recomputeAll();
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.REGULAR);
        assertThat(TestMail.text(mail(member.email(), "You are now at the trust level: Regular")))
                .contains("Regular");
    }

    private String pathOf(long caseId) {
        return "/cases/" + caseId + "/"
                + jdbc.sql("select slug from case_revision where case_id = ? and current")
                        .param(caseId)
                        .query(String.class)
                        .single();
    }

    private final java.util.Map<Integer, Long> cases = new java.util.HashMap<>();

    private long publishedCaseId(Person author, Person editor, int i) {
        return cases.computeIfAbsent(i, k -> publishedCase(author, editor));
    }

    @Test
    void editorsSetALevelByHandWithAReasonWhichTheJobLeavesAlone() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person admin = fixtures.member(MemberRole.ADMIN);
        String path = "/review/members/" + member.id() + "/trust";

        mvc.perform(get(path).with(as(member, MemberRole.MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.name())));
        mvc.perform(post(path)
                        .param("level", "NEW")
                        .param("reason", " ")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post(path)
                        .param("level", "GURU")
                        .param("reason", "Because")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the trust levels")));
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.MEMBER);

        mvc.perform(post(path)
                        .param("level", "NEW")
                        .param("reason", "Posted links to a recruiting agency three times")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(redirectedUrl(path));
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.NEW);
        assertThat(audit.entriesAbout(member.id(), 1, 20).items())
                .anyMatch(e -> e.action() == AuditAction.SET_TRUST_LEVEL
                        && e.actorId() == editor.id()
                        && e.note().contains("recruiting agency"));
        assertThat(TestMail.text(mail(member.email(), "Your trust level is now: New member")))
                .contains("recruiting agency");

        // Enough to earn a regular's level, but a level set by hand stays.
        jdbc.sql("update member set days_visited = 100 where id = ?")
                .param(member.id())
                .update();
        trust.recomputeAll();
        trust.recompute(member.id());
        assertThat(trust.level(member.id())).isEqualTo(TrustLevel.NEW);

        // The admin's member page shows the level and the same form.
        mvc.perform(get("/admin/members/" + member.id()).with(as(admin, MemberRole.ADMIN)))
                .andExpect(content().string(containsString("Set by hand")))
                .andExpect(content().string(containsString("action=\"" + path + "\"")));
    }

    @Test
    void aNewMemberMayPostFewLinksFewTimesADayAndInviteNobody() throws Exception {
        Person newcomer = newcomer();
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = publishedCase(author, editor);
        String token = fixtures.token(newcomer);
        String threeLinks = "See https://a.example, http://b.example and www.c.example";

        mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"" + threeLinks + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Too many links")));
        try {
            agenda.post(
                    newcomer.id(),
                    new RequestCommand(
                            "Where do we find sourcers",
                            threeLinks,
                            List.of(Topic.of("sourcing")),
                            List.of(),
                            null,
                            null));
            throw new AssertionError("a new member posted three links");
        } catch (FieldErrorsException e) {
            assertThat(e.errors())
                    .containsExactly(new FieldErrorsException.FieldError("description", "trust.links.tooMany"));
        }
        long circle = circles.create(
                newcomer.id(), new CircleCommand("New circle " + UUID.randomUUID(), "Ours.", 12, false, null));
        try {
            invitations.createLink(circle, newcomer.id(), 7);
            throw new AssertionError("a new member invited someone");
        } catch (FieldErrorsException e) {
            assertThat(e.errors().get(0).code()).isEqualTo("trust.invite.notYet");
        }

        // Ten posts a day, counting the reply refused above: the eleventh waits.
        for (int i = 0; i < 9; i++) {
            mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"body\":\"Reply number " + i + " with one link https://a.example\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"One more\"}"))
                .andExpect(status().isTooManyRequests());

        // A member is not held to any of it.
        String memberToken = fixtures.token(author);
        for (int i = 0; i < 11; i++) {
            mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                            .header("Authorization", "Bearer " + memberToken)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"body\":\"" + threeLinks + " " + i + "\"}"))
                    .andExpect(status().isCreated());
        }
        assertThat(invitations.createLink(
                        circles.create(
                                author.id(), new CircleCommand("Open " + UUID.randomUUID(), "All.", 12, false, null)),
                        author.id(),
                        7))
                .contains("/circles/");
    }
}
