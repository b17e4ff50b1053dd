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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberRole;
import org.hros.moderation.domain.FlagService;
import org.hros.platform.PostingPermissions;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
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
 * Flags on cases, requests and circle posts: one per member, never one's own, weighted by the flagger's trust level;
 * past the threshold the item is hidden from its page, lists, the API, feeds and search (its author still sees it,
 * with a notice why); editors keep, hide, restore, warn, silence or suspend from the queue, each told and audited.
 */
class ContentFlagTests extends IntegrationTestBase {

    @Autowired
    FlagService flags;

    @Autowired
    AuditLog audit;

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    PostingPermissions posting;

    @Autowired
    JdbcClient jdbc;

    private String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long publishedCase(Person author, Person editor, String title) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    private void level(Person p, String level) {
        jdbc.sql("update member set trust_level = ? where id = ?")
                .params(level, p.id())
                .update();
    }

    private boolean searchFinds(String word, String api, String needle) throws Exception {
        String body = mvc.perform(get(api).param("q", "\"" + word + "\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.contains(needle);
    }

    @Test
    void aMemberFlagsACaseOnceNeverTheirOwnAndFromItsPage() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long caseId = publishedCase(author, editor, "Referral bonus that backfired " + word());

        String page = mvc.perform(get("/cases/" + caseId).with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isMovedPermanently())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(page).with(as(member, MemberRole.MEMBER)))
                .andExpect(content().string(containsString("/flags/new?type=CASE&amp;id=" + caseId)))
                .andExpect(content().string(containsString("hx-get=\"/flags/new?type=CASE&amp;id=" + caseId)));
        // The form works as a page without JavaScript, and as a fragment for htmx.
        mvc.perform(get("/flags/new")
                        .param("type", "CASE")
                        .param("id", "" + caseId)
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>")))
                .andExpect(content().string(containsString("Referral bonus that backfired")));
        mvc.perform(get("/flags/new")
                        .header("HX-Request", "true")
                        .param("type", "CASE")
                        .param("id", "" + caseId)
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<h1>"))))
                .andExpect(content().string(containsString("action=\"/flags\"")));

        mvc.perform(post("/flags")
                        .param("type", "CASE")
                        .param("id", "" + caseId)
                        .param("reason", "SALES_PITCH")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(redirectedUrlPattern("/cases/" + caseId + "/*"));
        mvc.perform(post("/flags")
                        .param("type", "CASE")
                        .param("id", "" + caseId)
                        .param("reason", "SPAM")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("flagged this already")));
        mvc.perform(post("/flags")
                        .param("type", "CASE")
                        .param("id", "" + caseId)
                        .param("reason", "SPAM")
                        .with(csrf())
                        .with(as(author, MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot flag what you wrote")));
        mvc.perform(post("/flags")
                        .param("type", "CASE")
                        .param("id", "" + caseId)
                        .param("reason", "OTHER")
                        .with(csrf())
                        .with(as(fixtures.member(MemberRole.MEMBER), MemberRole.MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say in a few words")));
        mvc.perform(post("/flags")
                        .param("type", "CASE")
                        .param("id", "999999999")
                        .param("reason", "SPAM")
                        .with(csrf())
                        .with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
        assertThat(flags.queue().flagged().items())
                .filteredOn(q -> q.type() == SubjectType.CASE && q.id() == caseId)
                .singleElement()
                .satisfies(q -> assertThat(q.count()).isEqualTo(1));
    }

    @Test
    void weightedFlagsHideACaseEverywhereTillAnEditorRestoresIt() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String word = word();
        long caseId = publishedCase(author, editor, "Careers site relaunch " + word);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> searchFinds(word, "/api/v1/search", "/cases/" + caseId + "/"));
        Person newcomer = fixtures.member(MemberRole.MEMBER);
        level(newcomer, "NEW");
        Person member = fixtures.member(MemberRole.MEMBER);
        Person regular = fixtures.member(MemberRole.MEMBER);
        level(regular, "REGULAR");

        mvc.perform(get("/api/v1/cases")).andExpect(content().string(containsString(word)));
        mvc.perform(get("/cases.atom")).andExpect(content().string(containsString(word)));

        // New 1 + member 2 = 3 of 6: still shown.
        flags.flag(newcomer.id(), SubjectType.CASE, caseId, FlagReason.SALES_PITCH, null);
        flags.flag(member.id(), SubjectType.CASE, caseId, FlagReason.SALES_PITCH, null);
        mvc.perform(get("/api/v1/cases/" + caseId)).andExpect(status().isOk());
        // A regular's flag weighs 3: 6, hidden pending review.
        flags.flag(regular.id(), SubjectType.CASE, caseId, FlagReason.OTHER, "Reads like a brochure");

        mvc.perform(get("/api/v1/cases/" + caseId)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/x").with(as(member, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases")).andExpect(content().string(not(containsString(word))));
        mvc.perform(get("/api/v1/cases")).andExpect(content().string(not(containsString(word))));
        mvc.perform(get("/cases.atom")).andExpect(content().string(not(containsString(word))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !searchFinds(word, "/api/v1/search", "/cases/" + caseId + "/"));
        // Its author still reads it, with a notice why.
        String slug = jdbc.sql("select slug from case_revision where case_id = ? and current")
                .param(caseId)
                .query(String.class)
                .single();
        mvc.perform(get("/cases/" + caseId + "/" + slug).with(as(author, MemberRole.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hidden while editors review it")));
        assertThat(TestMail.text(mail(author.email(), "hidden while editors review")))
                .contains(word);
        assertThat(audit.entries(1, 50).items())
                .anyMatch(e ->
                        e.action() == AuditAction.HIDDEN_BY_FLAGS && e.note().contains("case " + caseId));

        // The queue shows it with its weight, and editors restore it with a reason.
        mvc.perform(get("/review/flags").with(as(editor, MemberRole.EDITOR)))
                .andExpect(content().string(containsString("3 open flags, weighing 6")))
                .andExpect(content().string(containsString("Reads like a brochure")));
        mvc.perform(post("/review/flags/CASE/" + caseId + "/restore")
                        .param("reason", "A fair account, vendor disclosed")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        mvc.perform(get("/api/v1/cases/" + caseId)).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> searchFinds(word, "/api/v1/search", "/cases/" + caseId + "/"));
        for (Person flagger : List.of(newcomer, member, regular)) {
            assertThat(TestMail.text(mail(flagger.email(), "What the editors decided")))
                    .contains("restored it", "A fair account")
                    .doesNotContain(author.name(), author.email());
        }
        assertThat(TestMail.text(mail(author.email(), "visible again"))).contains("A fair account");
        assertThat(audit.entries(1, 50).items())
                .anyMatch(e -> e.action() == AuditAction.RESTORED_CONTENT
                        && e.actorId() == editor.id()
                        && e.note().contains("case " + caseId));
    }

    @Test
    void aRequestFlaggedThroughTheApiByTwoRegularsIsHiddenFromTheBoardAndItsPage() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String word = word();
        long id = agenda.post(
                poster.id(),
                new RequestCommand(
                        "How do we onboard " + word,
                        "We lose people in week two.",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        Person one = fixtures.member(MemberRole.MEMBER);
        Person two = fixtures.member(MemberRole.MEMBER);
        level(one, "REGULAR");
        level(two, "REGULAR");

        mvc.perform(get("/requests/" + id).with(as(one, MemberRole.MEMBER))).andExpect(status().isMovedPermanently());
        String token = fixtures.token(one);
        mvc.perform(post("/api/v1/flags")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"REQUEST\",\"id\":" + id + ",\"reason\":\"NOPE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/flags")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"THING\",\"id\":" + id + ",\"reason\":\"SPAM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/flags")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"REQUEST\",\"id\":" + id + ",\"reason\":\"SPAM\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value(containsString("/requests/" + id + "/")));
        mvc.perform(get("/api/v1/requests/" + id)).andExpect(status().isOk());
        mvc.perform(get("/requests").param("sort", "newest"))
                .andExpect(content().string(containsString(word)));
        flags.flag(two.id(), SubjectType.REQUEST, id, FlagReason.SPAM, null);

        mvc.perform(get("/api/v1/requests/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/requests").param("sort", "newest"))
                .andExpect(content().string(not(containsString(word))));
        mvc.perform(get("/requests.atom")).andExpect(content().string(not(containsString(word))));
        String slug = jdbc.sql("select slug from request where id = ?")
                .param(id)
                .query(String.class)
                .single();
        mvc.perform(get("/requests/" + id + "/" + slug).with(as(two, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + id + "/" + slug).with(as(poster, MemberRole.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hidden while editors review it")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !searchFinds(word, "/api/v1/search/requests", "/requests/" + id + "/"));

        // Editors keep it: shown again, flags dismissed, the flaggers told.
        flags.keep(editor.id(), SubjectType.REQUEST, id, "A real question");
        mvc.perform(get("/api/v1/requests/" + id)).andExpect(status().isOk());
        assertThat(TestMail.text(mail(one.email(), "What the editors decided"))).contains("A real question");
    }

    @Test
    void onlyACirclesMembersFlagItsPostsAndEditorsReviewThemInTheQueueAlone() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person mate = fixtures.member(MemberRole.MEMBER);
        Person stranger = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long circle = circles.create(
                facilitator.id(),
                new CircleCommand("Offer clinic " + word(), "When offers go wrong.", 12, false, null));
        String link = invitations.createLink(circle, facilitator.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), mate.id());
        String secret = "Our CFO vetoed " + word();
        long thread = circles.openClinic(circle, facilitator.id(), "Vetoed offers", secret, false);
        long postId = jdbc.sql("select id from circle_post where thread_id = ?")
                .param(thread)
                .query(Long.class)
                .single();

        // The circle's other member sees a flag link on the post; a stranger gets the 404 of nothing there.
        mvc.perform(get("/circles/" + circle + "/threads/" + thread).with(as(mate, MemberRole.MEMBER)))
                .andExpect(content().string(containsString("/flags/new?type=CIRCLE_POST&amp;id=" + postId)));
        mvc.perform(get("/flags/new")
                        .param("type", "CIRCLE_POST")
                        .param("id", "" + postId)
                        .with(as(stranger, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/flags")
                        .param("type", "CIRCLE_POST")
                        .param("id", "" + postId)
                        .param("reason", "HARASSMENT")
                        .with(csrf())
                        .with(as(stranger, MemberRole.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/flags")
                        .param("type", "CIRCLE_POST")
                        .param("id", "" + postId)
                        .param("reason", "HARASSMENT")
                        .with(csrf())
                        .with(as(mate, MemberRole.MEMBER)))
                .andExpect(redirectedUrl("/circles/" + circle + "/threads/" + thread + "#post-" + postId));

        // Editors read it in the queue, which links nowhere into the circle.
        String queue = mvc.perform(get("/review/flags").with(as(editor, MemberRole.EDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(queue).contains(secret).doesNotContain("href=\"/circles/" + circle);
        mvc.perform(post("/review/flags/CIRCLE_POST/" + postId + "/hide")
                        .param("reason", "Names a colleague")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        mvc.perform(get("/circles/" + circle + "/threads/" + thread).with(as(mate, MemberRole.MEMBER)))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/circles/" + circle + "/threads/" + thread).with(as(facilitator, MemberRole.MEMBER)))
                .andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString("Hidden while editors review it")));
        mvc.perform(get("/api/v1/circles/" + circle + "/threads/" + thread).with(as(mate, MemberRole.MEMBER)))
                .andExpect(content().string(not(containsString(secret))));
        String mailText = TestMail.text(mail(facilitator.email(), "Editors hid your post"));
        assertThat(mailText).contains("Names a colleague").doesNotContain(secret);
        assertThat(TestMail.text(mail(mate.email(), "What the editors decided")))
                .doesNotContain(secret);
    }

    @Test
    void theQueueOrdersByWeightNotByCount() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long light = publishedCase(author, editor, "Two newcomers flagged this " + word());
        long heavy = publishedCase(author, editor, "One regular flagged this " + word());
        for (int i = 0; i < 2; i++) {
            Person newcomer = fixtures.member(MemberRole.MEMBER);
            level(newcomer, "NEW");
            flags.flag(newcomer.id(), SubjectType.CASE, light, FlagReason.OFF_TOPIC, null);
        }
        Person regular = fixtures.member(MemberRole.MEMBER);
        level(regular, "REGULAR");
        flags.flag(regular.id(), SubjectType.CASE, heavy, FlagReason.OFF_TOPIC, null);

        List<Long> order = flags.queue().flagged().items().stream()
                .filter(q -> q.type() == SubjectType.CASE && (q.id() == light || q.id() == heavy))
                .map(FlagService.QueueItem::id)
                .toList();
        assertThat(order).containsExactly(heavy, light);
    }

    @Test
    void editorsWarnSilenceAndSuspendTheAuthorWithAReasonEachToldAndAudited() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = publishedCase(author, editor, "Assessment centre we dropped " + word());
        flags.flag(fixtures.member(MemberRole.MEMBER).id(), SubjectType.CASE, caseId, FlagReason.SALES_PITCH, null);
        String base = "/review/flags/CASE/" + caseId;

        mvc.perform(post(base + "/warn").param("reason", " ").with(csrf()).with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post(base + "/warn")
                        .param("reason", "Please disclose the vendor")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        assertThat(TestMail.text(mail(author.email(), "A word from the editors")))
                .contains("Please disclose");
        assertThat(audit.entries(1, 50).items())
                .anyMatch(
                        e -> e.action() == AuditAction.WARNED_AUTHOR && e.note().contains("Please disclose"));
        // The item stays for a decision.
        assertThat(flags.queue().flagged().items()).anyMatch(q -> q.id() == caseId);

        mvc.perform(post(base + "/silence")
                        .param("reason", "Third sales pitch this week")
                        .param("days", "forty")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("number of days")));
        mvc.perform(post(base + "/silence")
                        .param("reason", "Third sales pitch this week")
                        .param("days", "7")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        assertThat(posting.mayPost(author.id())).isFalse();
        assertThat(audit.entries(1, 50).items())
                .anyMatch(e ->
                        e.action() == AuditAction.SILENCED_AUTHOR && e.note().contains("case " + caseId));
        assertThat(audit.entriesAbout(author.id(), 1, 20).items())
                .anyMatch(e -> e.action() == AuditAction.SILENCED && e.note().contains("Third sales pitch"));

        mvc.perform(post(base + "/suspend")
                        .param("reason", "Kept posting adverts")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(redirectedUrl("/review/flags"));
        assertThat(audit.entriesAbout(author.id(), 1, 20).items())
                .anyMatch(e -> e.action() == AuditAction.SUSPENDED && e.note().contains("Kept posting adverts"));
        assertThat(audit.entries(1, 50).items())
                .anyMatch(e -> e.action() == AuditAction.SUSPENDED_AUTHOR && e.actorId() == editor.id());

        // An editor cannot silence another editor from the queue.
        Person otherEditor = fixtures.member(MemberRole.EDITOR);
        long editorsCase = publishedCase(otherEditor, editor, "An editor's own case " + word());
        flags.flag(fixtures.member(MemberRole.MEMBER).id(), SubjectType.CASE, editorsCase, FlagReason.OFF_TOPIC, null);
        mvc.perform(post("/review/flags/CASE/" + editorsCase + "/silence")
                        .param("reason", "No")
                        .with(csrf())
                        .with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Only an admin")));
        assertThat(posting.mayPost(otherEditor.id())).isTrue();
        mvc.perform(post(base + "/bogus").param("reason", "x").with(csrf()).with(as(editor, MemberRole.EDITOR)))
                .andExpect(status().isNotFound());
    }
}
