package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.FollowState;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.domain.MemberService;
import org.hros.platform.PublicPagesChangedElsewhere;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A signed-in member's case page is made from what every reader sees alike, kept between requests (the case at its
 * revision, the thread's replies and their authors), and what is the member's own, read for them each time. What is
 * kept follows every change at once, and no member ever sees another's state.
 */
class SignedInCasePageTests extends IntegrationTestBase {

    @Autowired
    DiscussionService discussion;

    @Autowired
    ReactionService reactions;

    @Autowired
    MemberService members;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    private static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    private MockHttpServletResponse page(String path, Person viewer) throws Exception {
        return mvc.perform(get(path).with(user(principal(viewer)))).andReturn().getResponse();
    }

    private String casePath(long id) throws Exception {
        return mvc.perform(get("/cases/" + id)).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void anEditAnAttributionChangeAndAWithdrawalShowAtOnceOnAPageReadBefore() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.published(
                author, editor, "Exit interviews nobody read", Outcome.FAILURE, Topic.of("sourcing"));
        SubjectRef subject = new SubjectRef(SubjectType.CASE, id);
        discussion.post(subject, author.id(), "We stopped after the second quarter.", null);
        String path = casePath(id);
        String handle = members.ownProfile(author.id()).handle();
        for (int i = 0; i < 2; i++) {
            assertThat(page(path, reader).getContentAsString())
                    .contains("Exit interviews nobody read", author.name(), "We stopped after the second quarter.");
        }

        fixtures.authoring()
                .saveDraft(
                        author.id(),
                        id,
                        TestFixtures.completeCase(
                                "Exit interviews, read at last",
                                Outcome.MIXED,
                                Topic.of("sourcing"),
                                AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        String edited = casePath(id);
        assertThat(page(edited, reader).getContentAsString())
                .as("the new revision, at once")
                .contains("Exit interviews, read at last", "2 published revisions");

        fixtures.authoring().changeAttribution(author.id(), id, AttributionMode.ANONYMOUS, null, false);
        for (int i = 0; i < 2; i++) {
            assertThat(page(edited, reader).getContentAsString())
                    .as("after the author chose anonymity, their case and their reply")
                    .contains(
                            "Exit interviews, read at last",
                            "We stopped after the second quarter.",
                            "Author of this case")
                    .doesNotContain(author.name(), handle);
            assertThat(page(edited + "?revision=1", reader).getContentAsString())
                    .as("the first revision too")
                    .doesNotContain(author.name(), handle);
        }

        fixtures.authoring().withdraw(author.id(), id);
        assertThat(page(edited, reader).getStatus()).as("withdrawn").isEqualTo(410);
    }

    @Test
    void eachMemberSeesTheirOwnReactionsRepliesAndFollowingOnTheSameCase() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person first = fixtures.member(MemberRole.MEMBER);
        Person second = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.published(
                author,
                fixtures.member(MemberRole.EDITOR),
                "Buddy scheme for night shifts",
                Outcome.SUCCESS,
                Topic.of("sourcing"));
        SubjectRef subject = new SubjectRef(SubjectType.CASE, id);
        String path = casePath(id);
        // Both read the page before anything is theirs, so what every reader sees alike is kept.
        page(path, first);
        page(path, second);

        long reply = discussion.post(subject, first.id(), "Pairs across shifts worked for us.", null);
        reactions.set(subject, first.id(), ReactionKind.HELPED, true);
        reactions.set(new SubjectRef(SubjectType.REPLY, reply), second.id(), ReactionKind.HELPED, true);
        discussion.setFollow(subject, second.id(), FollowState.MUTED);

        for (int i = 0; i < 2; i++) {
            String mine = page(path, first).getContentAsString();
            String theirs = page(path, second).getContentAsString();
            assertThat(mine)
                    .as("the first member's page: their reply, their reaction to the case")
                    .contains("<span class=\"badge\">you</span>")
                    .contains("/discussion/replies/" + reply + "/edit")
                    .contains("aria-pressed=\"true\" data-reaction=\"helped\"")
                    .contains("You follow this discussion");
            assertThat(countOf(mine, "aria-pressed=\"true\""))
                    .as("one reaction of theirs")
                    .isEqualTo(1);
            assertThat(theirs)
                    .as("the second member's page: neither that reply nor that reaction is theirs")
                    .contains("Pairs across shifts worked for us.")
                    .doesNotContain("<span class=\"badge\">you</span>")
                    .doesNotContain("/discussion/replies/" + reply + "/edit")
                    .contains("You muted this discussion");
            assertThat(countOf(theirs, "aria-pressed=\"true\""))
                    .as("one reaction of theirs, on the reply")
                    .isEqualTo(1);
            assertThat(theirs.indexOf("aria-pressed=\"true\""))
                    .as("their reaction is on the reply, after the case's own")
                    .isGreaterThan(theirs.indexOf("Pairs across shifts worked for us."));
        }
    }

    @Test
    void whatIsKeptIsForgottenWhenAnotherNodeChangesAPublicPage() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.published(
                author,
                fixtures.member(MemberRole.EDITOR),
                "Referral scheme audit",
                Outcome.MIXED,
                Topic.of("sourcing"));
        long reply =
                discussion.post(new SubjectRef(SubjectType.CASE, id), author.id(), "First draft of a reply.", null);
        String path = casePath(id);
        page(path, reader);
        assertThat(page(path, reader).getContentAsString()).contains("First draft of a reply.");

        // Another node's change reaches this one only as its notice: the row changes here without an event.
        jdbc.update("update reply set body_html = ? where id = ?", "<p>Changed on another node.</p>", reply);
        assertThat(page(path, reader).getContentAsString())
                .as("kept until the notice arrives")
                .contains("First draft of a reply.");
        events.publishEvent(new PublicPagesChangedElsewhere());
        assertThat(page(path, reader).getContentAsString())
                .contains("Changed on another node.")
                .doesNotContain("First draft of a reply.");
    }

    private static int countOf(String html, String text) {
        return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}
