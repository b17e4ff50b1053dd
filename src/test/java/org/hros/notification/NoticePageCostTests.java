package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.ReplyPosted;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.StatementCounter;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of notices costs the same number of statements whether it lists three replies or fifteen: the replies
 * are read at once, and how each author is shown is asked once per thread and author, not once per notice.
 */
class NoticePageCostTests extends NoticeTestBase {

    @Autowired
    DiscussionService discussion;

    @Test
    void theNoticesPageAsksForReplyAuthorsOnceForAllItsNotices() throws Exception {
        Person follower = fixtures.member(MemberRole.MEMBER);
        Person ana = fixtures.member(MemberRole.MEMBER);
        Person ben = fixtures.member(MemberRole.MEMBER);
        long named = publishedCase(ana, "Referral bonuses that backfired", AttributionMode.NAMED);
        long anonymous = publishedCase(ben, "The assessment centre nobody finished", AttributionMode.ANONYMOUS);

        notifyOfReplies(follower, ana, named, 2);
        notifyOfReplies(follower, ben, anonymous, 1);
        awaitNotices(follower.id(), 3);
        long fewNotices = statementsForNoticesPage(follower);

        notifyOfReplies(follower, ana, named, 6);
        notifyOfReplies(follower, ben, anonymous, 6);
        awaitNotices(follower.id(), 15);
        long manyNotices = statementsForNoticesPage(follower);

        assertThat(manyNotices)
                .as("statements for 15 notices against %d for 3", fewNotices)
                .isLessThanOrEqualTo(fewNotices + 2);
    }

    private long statementsForNoticesPage(Person member) throws Exception {
        return StatementCounter.count(() -> mvc.perform(
                        get("/notifications").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isOk()));
    }

    private void notifyOfReplies(Person follower, Person author, long caseId, int replies) {
        SubjectRef subject = new SubjectRef(SubjectType.CASE, caseId);
        for (int i = 0; i < replies; i++) {
            long replyId = discussion.post(subject, author.id(), "A reply of mine, number " + i + ".", null);
            publish(new ReplyPosted(
                    replyId,
                    subject,
                    "A case",
                    "/cases/" + caseId + "#reply-" + replyId,
                    author.name(),
                    Set.of(follower.id()),
                    Set.of()));
        }
    }

    private long publishedCase(Person author, String title, AttributionMode mode) {
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }
}
