package org.hros.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.hros.casestudy.AttributionMode;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class DiscussionThreadTests extends IntegrationTestBase {

    @Autowired
    DiscussionService discussion;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Scene scene;
    Person author;
    Person reader;
    long caseId;
    String casePath;
    SubjectRef subject;

    @BeforeEach
    void aPublishedCase() {
        scene = new Scene(fixtures);
        author = fixtures.member(MemberRole.MEMBER);
        reader = fixtures.member(MemberRole.MEMBER);
        caseId = scene.published(author, "Assessment centre we ran for too long", AttributionMode.NAMED);
        casePath = Scene.path(caseId, "Assessment centre we ran for too long");
        subject = new SubjectRef(SubjectType.CASE, caseId);
    }

    @Test
    void twoLevelsAreShownAndDeeperRepliesFold() throws Exception {
        long top = discussion.post(subject, reader.id(), "Top level: why so long?", null);
        long child = discussion.post(subject, author.id(), "Child: sunk cost.", top);
        long grandchild = discussion.post(subject, reader.id(), "Grandchild: been there.", child);
        discussion.post(subject, author.id(), "Great-grandchild: thanks.", grandchild);

        mvc.perform(get(casePath))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Top level: why so long?")))
                .andExpect(content().string(containsString("Child: sunk cost.")))
                .andExpect(content().string(not(containsString("Grandchild: been there."))))
                .andExpect(content().string(containsString("Show 2 more replies")))
                .andExpect(content().string(containsString("href=\"/discussion/replies/" + child + "\"")))
                .andExpect(content().string(containsString("hx-get=\"/discussion/replies/" + child + "/replies\"")));

        mvc.perform(get("/discussion/replies/" + child + "/replies").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grandchild: been there.")))
                .andExpect(content().string(containsString("Great-grandchild: thanks.")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/discussion/replies/" + child))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grandchild: been there.")))
                .andExpect(content().string(containsString("href=\"" + casePath + "#reply-" + child + "\"")));
        mvc.perform(get("/discussion/CASE/" + caseId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discussion · 4 replies")));
    }

    @Test
    void aReplyPostedWithHtmxComesBackAsItsFragmentAndWithoutJavaScriptAsARedirect() throws Exception {
        String fragment = mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", "We cut ours to **two hours**."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("<strong>two hours</strong>", "<li class=\"reply reply--level-0\" id=\"reply-")
                .contains("id=\"reply-form\"", "hx-swap-oob=\"true\"")
                .doesNotContain("<html");

        long top = discussion.flat(subject, null).get(0).id();
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(author)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", "How did candidates take it?")
                        .param("parentId", String.valueOf(top)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#children-" + top))
                .andExpect(content().string(containsString("How did candidates take it?")));

        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", "Plain form, no script."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(casePath + "#reply-"
                        + discussion.flat(subject, null).get(2).id()));
        assertThat(discussion.flat(subject, null)).hasSize(3);
    }

    @Test
    void invalidRepliesAreRefusedWithTheMessageNextToTheField() throws Exception {
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", "   "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Retarget", "#reply-form"))
                .andExpect(content().string(containsString("Write something before posting.")));
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", "x".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A reply can be at most 10,000 characters.")));
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", "An answer to nothing")
                        .param("parentId", "999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That reply cannot be answered")));
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .param("body", "No CSRF token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(csrf())
                        .accept(org.springframework.http.MediaType.TEXT_HTML)
                        .param("body", "Not signed in"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(post("/discussion/CASE/999999999/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", "On no case"))
                .andExpect(status().isNotFound());
        assertThat(discussion.flat(subject, null)).isEmpty();
    }

    @Test
    void postingIsRateLimited() throws Exception {
        // The allowance for posting (30 in ten minutes) used up, as by a burst of replies and cases.
        for (int i = 0; i < 30; i++) {
            fixtures.limits().consume(org.hros.platform.RateLimits.Action.POST, "member:" + reader.email());
        }
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", "One too many"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(discussion.flat(subject, null)).isEmpty();
    }

    @Test
    void aReplyCanBeEditedWithinTheWindowAndShowsItsHistory() throws Exception {
        long id = discussion.post(subject, reader.id(), "First thought.", null);
        mvc.perform(post("/discussion/replies/" + id + "/edit")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", "Second thought, better."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(casePath + "#reply-" + id));
        mvc.perform(get(casePath))
                .andExpect(content().string(containsString("Second thought, better.")))
                .andExpect(content().string(containsString("Earlier version")))
                .andExpect(content().string(containsString("First thought.")))
                .andExpect(content().string(containsString("edited")));

        mvc.perform(post("/discussion/replies/" + id + "/edit")
                        .with(user(Scene.principal(author)))
                        .with(csrf())
                        .param("body", "Someone else's words"))
                .andExpect(status().isForbidden());

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(post("/discussion/replies/" + id + "/edit")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", "Too late now."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The time to edit this reply is over.")));
        assertThat(discussion.flat(subject, null).get(0).html()).contains("Second thought, better.");
        mvc.perform(get(casePath).with(user(Scene.principal(reader))))
                .andExpect(content().string(not(containsString("/discussion/replies/" + id + "/edit"))));
    }

    @Test
    void aRemovedReplyKeepsItsPlaceAndTheThreadStaysReadable() throws Exception {
        long top = discussion.post(subject, reader.id(), "Something I regret writing.", null);
        discussion.post(subject, author.id(), "An answer that still makes sense.", top);
        mvc.perform(post("/discussion/replies/" + top + "/delete")
                        .with(user(Scene.principal(author)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/discussion/replies/" + top + "/delete")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This reply was removed.")));
        mvc.perform(get(casePath))
                .andExpect(content().string(containsString("This reply was removed.")))
                .andExpect(content().string(not(containsString("Something I regret writing."))))
                .andExpect(content().string(containsString("An answer that still makes sense.")));

        long other = discussion.post(subject, reader.id(), "Spam, say.", null);
        mvc.perform(post("/discussion/replies/" + other + "/delete")
                        .with(user(Scene.principal(scene.editor, MemberRole.EDITOR)))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(discussion.reply(other, null).removed()).isTrue();
    }

    @Test
    void aMentionLinksTheProfileAndTheEventNamesWhoToTell() throws Exception {
        Person mentioned = fixtures.member(MemberRole.MEMBER);
        Person muted = fixtures.member(MemberRole.MEMBER);
        discussion.post(subject, reader.id(), "Following along.", null);
        discussion.post(subject, muted.id(), "Posting, then muting.", null);
        discussion.setFollow(subject, muted.id(), FollowState.MUTED);
        events.clear();

        long id = discussion.post(
                subject,
                author.id(),
                "Ask @" + Scene.handle(mentioned) + " about it (not mail@" + "example.org).",
                null);

        ReplyPosted posted = events.stream(ReplyPosted.class).findFirst().orElseThrow();
        assertThat(posted.replyId()).isEqualTo(id);
        assertThat(posted.mentioned()).containsExactly(mentioned.id());
        assertThat(posted.followers()).contains(reader.id()).doesNotContain(muted.id(), author.id());
        assertThat(posted.shownAs()).isEqualTo(author.name());
        assertThat(posted.path()).isEqualTo(casePath + "#reply-" + id);
        assertThat(discussion.reply(id, null).html())
                .contains("href=\"/members/" + Scene.handle(mentioned) + "\"")
                .contains(">&#64;" + Scene.handle(mentioned) + "</a>");
    }

    @Test
    void anEditThatMentionsSomeoneNewTellsThemOnceAndNoOneElse() throws Exception {
        Person first = fixtures.member(MemberRole.MEMBER);
        Person second = fixtures.member(MemberRole.MEMBER);
        discussion.post(subject, author.id(), "Watching this thread.", null);
        long id = discussion.post(subject, reader.id(), "We tried this too.", null);
        events.clear();

        edit(id, "We tried this too; @" + Scene.handle(first) + " ran it.");
        assertThat(events.stream(ReplyPosted.class)).singleElement().satisfies(posted -> {
            assertThat(posted.replyId()).isEqualTo(id);
            assertThat(posted.mentioned()).containsExactly(first.id());
            assertThat(posted.followers())
                    .as("followers heard of the reply when it was posted")
                    .isEmpty();
            assertThat(posted.shownAs()).isEqualTo(reader.name());
            assertThat(posted.path()).isEqualTo(casePath + "#reply-" + id);
        });

        // Mentioning the first again tells nobody; adding a second tells only the second.
        events.clear();
        edit(id, "We tried this too; @" + Scene.handle(first) + " ran it, with @" + Scene.handle(second) + ".");
        assertThat(events.stream(ReplyPosted.class))
                .singleElement()
                .satisfies(posted -> assertThat(posted.mentioned()).containsExactly(second.id()));
        events.clear();
        edit(id, "We tried this too; @" + Scene.handle(first) + " ran it, with @" + Scene.handle(second) + "!");
        assertThat(events.stream(ReplyPosted.class)).isEmpty();

        // Taken out and put back: the notification module still tells each of them once.
        edit(id, "We tried this too.");
        edit(id, "We tried this too; @" + Scene.handle(first) + " ran it.");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> mentionNotices(first) == 1 && mentionNotices(second) == 1 && handled(id));
        assertThat(mentionNotices(first)).isEqualTo(1);
        assertThat(mentionNotices(second)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notice where recipient_id = ? and category = 'COMMENTS'")
                        .param(author.id())
                        .query(Long.class)
                        .single())
                .as("the follower heard of the reply once, not of its edits")
                .isEqualTo(1);
    }

    private void edit(long replyId, String body) throws Exception {
        mvc.perform(post("/discussion/replies/" + replyId + "/edit")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("body", body))
                .andExpect(status().isFound());
    }

    private long mentionNotices(Person member) {
        return jdbc.sql("select count(*) from notice where recipient_id = ? and category = 'MENTIONS'")
                .param(member.id())
                .query(Long.class)
                .single();
    }

    /** Whether every event about the reply has reached its listeners. */
    private boolean handled(long replyId) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                                + " and serialized_event like ?")
                        .param("%\"replyId\":" + replyId + ",%")
                        .query(Long.class)
                        .single()
                == 0;
    }

    @Test
    void theAuthorFollowsTheirCasesThreadFromPublication() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            events.clear();
            long id = discussion.post(subject, reader.id(), "Is anyone reading?", null);
            ReplyPosted posted = events.stream(ReplyPosted.class)
                    .filter(e -> e.replyId() == id)
                    .findFirst()
                    .orElseThrow();
            return posted.followers().contains(author.id());
        });
    }

    @Test
    void onlyPublicSubjectsHaveAThread() throws Exception {
        mvc.perform(get("/discussion/CIRCLE/" + caseId)).andExpect(status().isNotFound());
        mvc.perform(get("/discussion/REQUEST/" + caseId)).andExpect(status().isNotFound());
        mvc.perform(get("/discussion/CASE/999999999")).andExpect(status().isNotFound());
        long id = discussion.post(subject, reader.id(), "Before it was withdrawn.", null);
        fixtures.authoring().withdraw(author.id(), caseId);
        mvc.perform(get("/discussion/CASE/" + caseId)).andExpect(status().isNotFound());
        mvc.perform(get("/discussion/replies/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/replies")).andExpect(status().isNotFound());
        mvc.perform(get("/reactions/REPLY/" + id + "/helped")).andExpect(status().isNotFound());
        mvc.perform(post("/reactions/CASE/" + caseId + "/helped")
                        .with(user(Scene.principal(reader)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void followingAndMutingAreTheMembersChoice() throws Exception {
        mvc.perform(post("/discussion/CASE/" + caseId + "/follow")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("state", "following"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(casePath + "#discussion"));
        mvc.perform(get(casePath).with(user(Scene.principal(reader))))
                .andExpect(content().string(containsString("You follow this discussion")));
        mvc.perform(post("/discussion/CASE/" + caseId + "/follow")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("state", "muted"))
                .andExpect(status().isFound());
        discussion.post(subject, reader.id(), "Muted, still allowed to speak.", null);
        mvc.perform(get(casePath).with(user(Scene.principal(reader))))
                .andExpect(content().string(containsString("You muted this discussion")));
        mvc.perform(post("/discussion/CASE/" + caseId + "/follow")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .param("state", "sideways"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void quotingAndAnsweringPrefillTheForm() throws Exception {
        long id = discussion.post(subject, author.id(), "Line one.\n\nLine two.", null);
        mvc.perform(get(casePath).param("quote", String.valueOf(id)).with(user(Scene.principal(reader))))
                .andExpect(content().string(containsString("&gt; Line one.\n&gt;\n&gt; Line two.")))
                .andExpect(content().string(containsString("name=\"parentId\" value=\"" + id + "\"")));
        mvc.perform(get("/discussion/replies/" + id + "/reply-form")
                        .param("quote", "true")
                        .header("HX-Request", "true")
                        .with(user(Scene.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reply-form-" + id + "\"")))
                .andExpect(content().string(containsString("&gt; Line one.")));
        mvc.perform(get("/discussion/replies/" + id + "/reply-form").with(user(Scene.principal(reader))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(casePath + "?replyTo=" + id + "#reply-form-" + id));
    }

    @Test
    void newRepliesAreAnnouncedToOpenPages() throws Exception {
        long first = discussion.post(subject, reader.id(), "First.", null);
        mvc.perform(get("/discussion/CASE/" + caseId + "/news").param("after", String.valueOf(first)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("new repl"))));
        discussion.post(subject, author.id(), "Second.", null);
        mvc.perform(get("/discussion/CASE/" + caseId + "/news").param("after", String.valueOf(first)))
                .andExpect(content().string(containsString("1 new reply: show it")))
                .andExpect(content().string(containsString("hx-get=\"/discussion/CASE/" + caseId + "\"")));
        mvc.perform(get("/discussion/CASE/" + caseId).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Second.")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
