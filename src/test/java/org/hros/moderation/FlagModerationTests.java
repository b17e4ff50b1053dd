package org.hros.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hros.moderation.MemberAdministrationTests.as;
import static org.hros.moderation.MemberAdministrationTests.mail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.ReplyCatalog;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.moderation.domain.FlagService;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Members flag replies; at the threshold a reply is hidden from pages, the API and search; editors keep, hide or
 * restore with a reason; everything is audited, the author and the flaggers are told, and nobody learns who wrote
 * an unnamed case's reply.
 */
class FlagModerationTests extends IntegrationTestBase {

    @Autowired
    DiscussionService discussions;

    @Autowired
    FlagService flags;

    @Autowired
    ReplyCatalog replies;

    @Autowired
    AuditLog audit;

    record Scene(Person author, Person editor, long caseId, long replyId, String word) {}

    Scene scene(AttributionMode mode) {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase("Flagged thread case", Outcome.FAILURE, Topic.of("sourcing"), mode));
        fixtures.authoring().submit(author.id(), caseId);
        fixtures.reviews().claim(caseId, editor.id());
        fixtures.reviews().publish(caseId, editor.id());
        String word = "qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long replyId = discussions.post(
                new SubjectRef(SubjectType.CASE, caseId), author.id(), "Buy my " + word + " tool today!", null);
        return new Scene(author, editor, caseId, replyId, word);
    }

    @Test
    void oneFlagPerMemberNeverOnTheirOwnAndOtherNeedsWords() throws Exception {
        Scene s = scene(AttributionMode.NAMED);
        Person member = fixtures.member(MemberRole.MEMBER);

        mvc.perform(get("/flags/new")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/flags/new")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Flagged thread case")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "OTHER")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say in a few words")));
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "OTHER")
                        .param("note", "Before\u0000after")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("control characters")));
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "NONSENSE")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose what is wrong")));
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "SALES_PITCH")
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "SALES_PITCH")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(redirectedUrlPattern("/cases/" + s.caseId() + "/*#reply-" + s.replyId()));
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "SPAM")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("flagged this already")));
        mvc.perform(post("/flags")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .param("reason", "SPAM")
                        .with(csrf())
                        .with(as(s.author(), MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot flag what you wrote")));
        mvc.perform(get("/flags/new").param("type", "BOGUS").param("id", "x").with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
        // One flag from a member, weighing what a member's flag weighs.
        assertThat(flags.queue().flagged().items())
                .filteredOn(q -> q.id() == s.replyId())
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.count()).isEqualTo(1);
                    assertThat(q.score()).isEqualTo(2);
                });
    }

    @Test
    void aReplyIsHiddenAtTheThresholdEverywhereAndAnEditorRestoresIt() throws Exception {
        Scene s = scene(AttributionMode.NAMED);
        awaitSearch(s, true);
        Person first = fixtures.member(MemberRole.MEMBER);
        Person second = fixtures.member(MemberRole.MEMBER);
        Person third = fixtures.member(MemberRole.MEMBER);

        flags.flag(first.id(), SubjectType.REPLY, s.replyId(), FlagReason.SALES_PITCH, null);
        flags.flag(second.id(), SubjectType.REPLY, s.replyId(), FlagReason.SPAM, null);
        assertThat(replies.read(s.replyId())).as("two flags: still shown").isPresent();
        flags.flag(third.id(), SubjectType.REPLY, s.replyId(), FlagReason.OTHER, "Same advert on three cases");

        // Hidden from the thread, the API, the catalogue search reads and search results.
        assertThat(replies.read(s.replyId())).isEmpty();
        assertThat(replies.ids()).doesNotContain(s.replyId());
        mvc.perform(get("/discussion/CASE/" + s.caseId()))
                .andExpect(content().string(not(containsString(s.word()))))
                .andExpect(content().string(containsString("hidden while editors review")));
        mvc.perform(get("/api/v1/cases/" + s.caseId() + "/replies"))
                .andExpect(content().string(not(containsString(s.word()))));
        awaitSearch(s, false);
        assertThat(TestMail.text(mail(s.author().email(), "hidden while editors review")))
                .contains("Flagged thread case");
        assertThat(audit.entries(1, 50).items())
                .anyMatch(e ->
                        e.action() == AuditAction.HIDDEN_BY_FLAGS && e.note().contains("" + s.replyId()));

        // The editors' queue puts it first among this test's items, with its reasons and the flaggers' words.
        mvc.perform(get("/review/flags").with(as(s.editor(), MemberRole.EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 open flags")))
                .andExpect(content().string(containsString("Same advert on three cases")))
                .andExpect(content().string(containsString(s.word())));
        mvc.perform(get("/review/flags").with(as(first, MemberRole.MEMBER))).andExpect(status().isForbidden());

        // Restoring needs a reason.
        String action = "/review/flags/REPLY/" + s.replyId() + "/restore";
        mvc.perform(post(action).param("reason", " ").with(csrf()).with(as(s.editor(), MemberRole.EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post(action)
                        .param("reason", "A fair mention of their own tool, disclosed")
                        .with(csrf())
                        .with(as(s.editor(), MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));

        assertThat(replies.read(s.replyId())).isPresent();
        mvc.perform(get("/discussion/CASE/" + s.caseId())).andExpect(content().string(containsString(s.word())));
        awaitSearch(s, true);
        assertThat(flags.queue().flagged().items()).noneMatch(q -> q.id() == s.replyId());
        for (Person flagger : new Person[] {first, second, third}) {
            assertThat(TestMail.text(mail(flagger.email(), "What the editors decided")))
                    .contains("restored it", "A fair mention of their own tool, disclosed")
                    .doesNotContain(s.author().name(), s.author().email());
        }
        assertThat(TestMail.text(mail(s.author().email(), "visible again"))).contains("A fair mention");
        assertThat(audit.entries(1, 50).items())
                .anyMatch(e -> e.action() == AuditAction.RESTORED_CONTENT
                        && e.actorId() == s.editor().id()
                        && e.note().contains("A fair mention"));
    }

    @Test
    void anEditorKeepsOrHidesAFlaggedReply() throws Exception {
        Scene kept = scene(AttributionMode.NAMED);
        Scene hidden = scene(AttributionMode.NAMED);
        Person flagger = fixtures.member(MemberRole.MEMBER);
        flags.flag(flagger.id(), SubjectType.REPLY, kept.replyId(), FlagReason.OFF_TOPIC, null);
        flags.flag(flagger.id(), SubjectType.REPLY, hidden.replyId(), FlagReason.HARASSMENT, null);

        mvc.perform(post("/review/flags/REPLY/" + kept.replyId() + "/keep")
                        .param("reason", "On topic enough")
                        .with(csrf())
                        .with(as(kept.editor(), MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        assertThat(replies.read(kept.replyId())).isPresent();
        assertThat(flags.queue().flagged().items()).noneMatch(q -> q.id() == kept.replyId());
        assertThat(TestMail.text(mail(flagger.email(), "What the editors decided")))
                .contains("kept it");

        mvc.perform(post("/review/flags/REPLY/" + hidden.replyId() + "/hide")
                        .param("reason", "Personal attack")
                        .with(csrf())
                        .with(as(hidden.editor(), MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        assertThat(replies.read(hidden.replyId())).isEmpty();
        assertThat(flags.queue().hidden()).anyMatch(q -> q.id() == hidden.replyId());
        assertThat(TestMail.text(mail(hidden.author().email(), "Editors hid your post")))
                .contains("Personal attack");
        // A hidden item cannot be flagged again; its page says it is gone.
        Person late = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/flags/new")
                        .param("type", "REPLY")
                        .param("id", "" + hidden.replyId())
                        .with(as(late, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void flagsOnTheAuthorsReplyUnderAnAnonymousCaseNeverRevealTheAuthor() throws Exception {
        Scene s = scene(AttributionMode.ANONYMOUS);
        Person[] flaggers = {
            fixtures.member(MemberRole.MEMBER), fixtures.member(MemberRole.MEMBER), fixtures.member(MemberRole.MEMBER)
        };
        String handle = jdbcHandle(s.author());
        String form = mvc.perform(get("/flags/new")
                        .param("type", "REPLY")
                        .param("id", "" + s.replyId())
                        .with(as(flaggers[0], MemberRole.MEMBER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Person f : flaggers) {
            flags.flag(f.id(), SubjectType.REPLY, s.replyId(), FlagReason.IDENTIFIES_SOMEONE, null);
        }
        String queue = mvc.perform(get("/review/flags").with(as(s.editor(), MemberRole.EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        flags.keep(s.editor().id(), SubjectType.REPLY, s.replyId(), "Nothing identifying");
        for (String page : new String[] {form, queue}) {
            assertThat(page).doesNotContain(s.author().name(), s.author().email(), "/members/" + handle);
        }
        for (Person f : flaggers) {
            String text = TestMail.text(mail(f.email(), "What the editors decided"));
            assertThat(text).doesNotContain(s.author().name(), s.author().email(), handle);
        }
    }

    private String jdbcHandle(Person p) {
        return handles.sql("select handle from member where id = ?")
                .param(p.id())
                .query(String.class)
                .single();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient handles;

    /** Waits until searching the reply's unusual word finds it (or no longer does): a hit links to the reply. */
    private void awaitSearch(Scene s, boolean present) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    String body = mvc.perform(get("/api/v1/search/replies").param("q", s.word()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString();
                    return body.contains("#reply-" + s.replyId() + "\"") == present;
                });
    }
}
