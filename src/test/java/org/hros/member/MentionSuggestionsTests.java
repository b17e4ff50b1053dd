package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.Outcome;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleService;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Typing {@code @ma} suggests members: signed-in writers only, at most eight, never a suspended member, and inside
 * a circle only its members; bad input is a 400 with the field's message. A reply that mentions a handle nobody has
 * tells its writer so.
 */
class MentionSuggestionsTests extends IntegrationTestBase {

    @Autowired
    MemberDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CircleService circles;

    @Autowired
    CircleInvitations invitations;

    @Test
    void aWriterIsOfferedAtMostEightMembersByHandleOrNameButNoSuspendedOne() throws Exception {
        String word = "zq" + key();
        Person writer = fixtures.member(MemberRole.MEMBER);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(named("Ada " + word + " " + (char) ('a' + i)));
        }
        jdbc.sql("update member set suspended_at = now() where id = ?")
                .param(ids.get(0))
                .update();

        String byName = suggestions(writer, word);
        assertThat(count(byName)).isEqualTo(8);
        String suspended = handleOf(ids.get(0));
        assertThat(byName).doesNotContain("\"" + suspended + "\"");

        String byHandle = suggestions(writer, "ada-" + word + "-c");
        assertThat(byHandle).contains("\"handle\":\"" + handleOf(ids.get(2)) + "\"", "\"name\":\"Ada " + word + " c\"");
        assertThat(count(byHandle)).isEqualTo(1);
        assertThat(byHandle).doesNotContain("@", "email");

        assertThat(suggestions(writer, "")).isEqualTo("[]");
    }

    @Test
    void onlySignedInWritersAreAnsweredAndBadInputIsAFieldError() throws Exception {
        MockHttpServletResponse visitor =
                mvc.perform(get("/mentions").param("q", "ad")).andReturn().getResponse();
        assertThat(visitor.getStatus()).isBetween(300, 399);
        assertThat(visitor.getContentAsString()).doesNotContain("handle");

        Person writer = fixtures.member(MemberRole.MEMBER);
        for (String bad : new String[] {"a<b>", "x".repeat(41), "ad min", "a\u0000"}) {
            MockHttpServletResponse refused = mvc.perform(
                            as(writer, get("/mentions").param("q", bad)))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).as(bad).isEqualTo(400);
        }
        MockHttpServletResponse refused = mvc.perform(
                        as(writer, get("/mentions").param("q", "a<b>")))
                .andReturn()
                .getResponse();
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Type letters, digits or hyphens after @");
    }

    @Test
    void inACircleOnlyItsMembersAreSuggestedAndOnlyToThem() throws Exception {
        String word = "zc" + key();
        Person owner = fixtures.member(MemberRole.MEMBER);
        long inside = named("Bea " + word + " inside");
        long outside = named("Bea " + word + " outside");
        long circle = circles.create(owner.id(), new CircleCommand("Circle " + word, "Mentions", 6, false, null));
        String link = invitations.createLink(circle, owner.id(), 7);
        invitations.join(link.substring(link.lastIndexOf('/') + 1), inside);

        String found = mvc.perform(
                        as(owner, get("/circles/" + circle + "/mentions").param("q", "bea-" + word)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).contains(handleOf(inside)).doesNotContain(handleOf(outside));

        Person stranger = fixtures.member(MemberRole.MEMBER);
        assertThat(mvc.perform(as(
                                stranger,
                                get("/circles/" + circle + "/mentions").param("q", "bea")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aReplyMentioningAHandleNobodyHasTellsItsWriter() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person writer = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.published(
                author, editor, "Mentions nobody heard " + key(), Outcome.FAILURE, Topic.of("sourcing"));
        String known = "@" + handleOf(author.id());
        String body = "Thanks " + known + ", and @mya-" + key() + " should read this.";

        MvcResult htmx = mvc.perform(as(writer, post("/discussion/CASE/" + id + "/replies"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", body))
                .andReturn();
        String fragment = htmx.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("matches no member").contains("@mya-").doesNotContain(known + " matches");

        MvcResult plain = mvc.perform(as(writer, post("/discussion/CASE/" + id + "/replies"))
                        .with(csrf())
                        .param("body", "Plain form, @nobody-" + key() + " again."))
                .andReturn();
        assertThat(String.valueOf(plain.getFlashMap().get("flash"))).contains("@nobody-", "matches no member");

        MvcResult fine = mvc.perform(as(writer, post("/discussion/CASE/" + id + "/replies"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", "Only " + known + " here."))
                .andReturn();
        assertThat(fine.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("matches no member");
    }

    private long named(String displayName) {
        return fixtures.members()
                .registerSample(
                        "m-" + key() + "@test.example",
                        displayName,
                        TestFixtures.PASSWORD,
                        MemberRole.MEMBER,
                        "Recruiter",
                        "Somewhere");
    }

    private String handleOf(long id) {
        return directory.find(id).orElseThrow().handle();
    }

    private String suggestions(Person writer, String q) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        as(writer, get("/mentions").param("q", q)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static long count(String json) {
        return json.split("\"handle\"", -1).length - 1;
    }

    private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
        return request.with(user(new MemberPrincipal(
                person.id(), person.email(), handleOf(person.id()), person.name(), MemberRole.MEMBER, true, "")));
    }

    private static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
