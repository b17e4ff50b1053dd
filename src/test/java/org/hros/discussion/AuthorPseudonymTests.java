package org.hros.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.hros.casestudy.AttributionMode;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberRole;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * On a case that does not name its author, the author takes part as "Author of this case": no page, fragment,
 * JSON answer or event shows their name, handle or profile, and reaction lists never list them.
 */
@RecordApplicationEvents
class AuthorPseudonymTests extends IntegrationTestBase {

    @Autowired
    DiscussionService discussion;

    @Autowired
    ReactionService reactions;

    @Autowired
    ApplicationEvents events;

    @Test
    void theAuthorOfAnAnonymousOrRoleOnlyCaseRepliesUnderThePseudonymOnly() throws Exception {
        Scene scene = new Scene(fixtures);
        for (AttributionMode mode : List.of(AttributionMode.ANONYMOUS, AttributionMode.ROLE_ONLY)) {
            Person author = fixtures.member(MemberRole.MEMBER);
            Person reader = fixtures.member(MemberRole.MEMBER);
            String title = "Interview panels we never trained, " + mode.name().toLowerCase();
            long caseId = scene.published(author, title, mode);
            SubjectRef subject = new SubjectRef(SubjectType.CASE, caseId);
            long question = discussion.post(subject, reader.id(), "Did the panel know?", null);
            events.clear();
            long answer = discussion.post(
                    subject, author.id(), "They did not. @" + Scene.handle(reader) + " you are right.", question);
            discussion.post(subject, reader.id(), "Thanks for sharing.", answer);
            discussion.post(subject, author.id(), "A third level, folded on the case page.", answer);
            reactions.set(subject, author.id(), ReactionKind.HELPED, true);
            reactions.set(subject, reader.id(), ReactionKind.HELPED, true);
            reactions.set(new SubjectRef(SubjectType.REPLY, question), author.id(), ReactionKind.ME_TOO, true);

            ReplyPosted posted = events.stream(ReplyPosted.class).findFirst().orElseThrow();
            assertThat(posted.shownAs()).isEqualTo("Author of this case");
            assertThat(posted.mentioned()).containsExactly(reader.id());

            Person someone = fixtures.member(MemberRole.MEMBER);
            String path = Scene.path(caseId, title);
            List<MockHttpServletRequestBuilder> outputs = List.of(
                    get(path),
                    get(path).with(user(Scene.principal(someone))),
                    get("/discussion/CASE/" + caseId),
                    get("/discussion/CASE/" + caseId).header("HX-Request", "true"),
                    get("/discussion/replies/" + answer),
                    get("/discussion/replies/" + answer + "/replies").header("HX-Request", "true"),
                    get("/discussion/replies/" + answer + "/article").header("HX-Request", "true"),
                    get("/reactions/CASE/" + caseId + "/helped"),
                    get("/reactions/REPLY/" + question + "/me-too"),
                    get("/api/v1/cases/" + caseId + "/replies"),
                    get("/api/v1/replies/" + answer),
                    get("/api/v1/cases/" + caseId + "/reactions"),
                    get("/api/v1/cases/" + caseId + "/reactions/members").param("kind", "HELPED"),
                    get("/api/v1/replies/" + question + "/reactions/members").param("kind", "ME_TOO"));
            for (MockHttpServletRequestBuilder output : outputs) {
                String body = mvc.perform(output).andReturn().getResponse().getContentAsString();
                assertThat(body)
                        .as("%s on a %s case", output, mode)
                        .doesNotContain(author.name(), Scene.handle(author), author.email());
            }

            String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(page)
                    .contains("reply__author--pseudonym\">Author of this case</span>")
                    .contains("They did not.")
                    .contains(reader.name())
                    .contains("href=\"/members/" + Scene.handle(reader) + "\"");
            String json = mvc.perform(get("/api/v1/cases/" + caseId + "/replies"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(json)
                    .contains("\"displayName\":\"Author of this case\",\"profileUrl\":null,\"subjectAuthor\":true")
                    .contains(reader.name());
            String who = mvc.perform(get("/reactions/CASE/" + caseId + "/helped"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(who).contains(reader.name());
            assertThat(reactions.count(subject, ReactionKind.HELPED))
                    .as("counted as listed: the author's own reaction counts nowhere")
                    .isEqualTo(1);
            assertThat(reactions.who(subject, ReactionKind.HELPED, 1).items())
                    .extracting(c -> c.id())
                    .containsExactly(reader.id());

            // The author sees their own replies marked as theirs, still under the pseudonym.
            String own = mvc.perform(get(path).with(user(Scene.principal(author))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(own).contains("Author of this case</span>", "<span class=\"badge\">you</span>");
        }
    }

    @Test
    void makingANamedCaseAnonymousHidesItsAuthorsEarlierRepliesAtOnce() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        String title = "Referral scheme that rewarded the wrong thing";
        long caseId = scene.published(author, title, AttributionMode.NAMED);
        SubjectRef subject = new SubjectRef(SubjectType.CASE, caseId);
        discussion.post(subject, author.id(), "Happy to answer questions.", null);
        assertThat(mvc.perform(get(Scene.path(caseId, title)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/members/" + Scene.handle(author) + "\">" + author.name() + "</a>");

        fixtures.authoring().changeAttribution(author.id(), caseId, AttributionMode.ANONYMOUS, null, false);

        String page = mvc.perform(get(Scene.path(caseId, title)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Author of this case").doesNotContain(author.name(), Scene.handle(author));
        assertThat(discussion.flat(subject, null).get(0).author().subjectAuthor())
                .isTrue();
    }
}
