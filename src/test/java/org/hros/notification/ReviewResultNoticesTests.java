package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;

/** The review results category: what used to be the author's review mails, now notices like any other. */
class ReviewResultNoticesTests extends NoticeTestBase {

    @Test
    void authorHearsAboutTheReviewInTheAppAndByMailOnlyOnceEachAndTheEventsComplete() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(
                author, "Employee advocacy that nobody shared", Outcome.FAILURE, Topic.of("talent-marketing"));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().addNote(id, editor.id(), Section.RESULTS, "Add the share rate.");
        fixtures.reviews().returnToAuthor(id, editor.id(), null);

        List<MimeMessage> returned = TestMail.to(author.email(), 1);
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).getSubject()).isEqualTo("An editor returned your case with notes");
        assertThat(TestMail.text(returned.get(0))).contains("/my/cases/" + id);
        assertThat(awaitNotices(author.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::text, StoredNotice::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        NoticeCategory.REVIEW_RESULTS, "An editor returned your case with notes", "/my/cases/" + id));

        // An hour later (no more than one mail an hour per category), the case is published.
        clock.advance(Duration.ofMinutes(61));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        List<MimeMessage> both = TestMail.to(author.email(), 2);
        assertThat(both)
                .extracting(MimeMessage::getSubject)
                .containsExactly("An editor returned your case with notes", "Your case is published");
        assertThat(awaitNotices(author.id(), 2)).extracting(StoredNotice::link).contains("/cases/" + id);
        // Editors are not told about their own actions, only that a case is waiting for review.
        assertThat(TestMail.to(editor.email(), 0)).isEmpty();
        assertThat(notices(editor.id())).allMatch(n -> n.category() == NoticeCategory.NEW_SUBMISSIONS);

        awaitHandled("\"caseId\":" + id + ",");
        assertThat(notices(author.id())).hasSize(2);
        assertThat(TestMail.to(author.email(), 2)).hasSize(2);
    }
}
