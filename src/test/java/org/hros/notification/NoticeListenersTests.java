package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.ReplyPosted;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.notification.domain.NoticeView;
import org.hros.notification.domain.Notices;
import org.hros.request.CloseReason;
import org.hros.request.ExperienceInvited;
import org.hros.request.OfferMade;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each event becomes notices for exactly its audience, and e-mails as each member chose. */
class NoticeListenersTests extends NoticeTestBase {

    @Autowired
    DiscussionService discussion;

    @Autowired
    Notices noticeList;

    @Test
    void aStatusChangeTellsItsAudienceAsEachChose() {
        Person inApp = fixtures.member(MemberRole.MEMBER);
        Person byMail = fixtures.member(MemberRole.MEMBER);
        Person off = fixtures.member(MemberRole.MEMBER);
        Person outsider = fixtures.member(MemberRole.MEMBER);
        preferences.set(inApp.id(), NoticeCategory.REQUEST_UPDATES, NoticeDelivery.IN_APP);
        preferences.set(off.id(), NoticeCategory.REQUEST_UPDATES, NoticeDelivery.OFF);
        long requestId = uniqueId();

        publish(new RequestStatusChanged(
                requestId,
                uniqueId(),
                "Onboarding remote hires",
                "/requests/" + requestId,
                RequestStatus.IN_PROGRESS,
                RequestStatus.ANSWERED,
                null,
                null,
                Set.of(inApp.id(), byMail.id(), off.id())));

        assertThat(awaitNotices(byMail.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::text, StoredNotice::link)
                .containsExactly(tuple(
                        NoticeCategory.REQUEST_UPDATES,
                        "\"Onboarding remote hires\" has been answered: a case is published.",
                        "/requests/" + requestId));
        List<MimeMessage> mails = TestMail.to(byMail.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(TestMail.text(mails.get(0)))
                .contains(
                        "\"Onboarding remote hires\" has been answered", "http://localhost:8080/requests/" + requestId);
        awaitHandled("\"requestId\":" + requestId + ",");
        assertThat(notices(inApp.id())).hasSize(1);
        assertThat(TestMail.to(inApp.email(), 0)).isEmpty();
        assertThat(notices(off.id())).isEmpty();
        assertThat(notices(outsider.id())).isEmpty();
    }

    @Test
    void aMergedDuplicateSaysTheVoteMoved() {
        Person voter = fixtures.member(MemberRole.MEMBER);
        long requestId = uniqueId();
        long into = uniqueId();
        publish(new RequestStatusChanged(
                requestId,
                uniqueId(),
                "Careers page in two languages",
                "/requests/" + into,
                RequestStatus.OPEN,
                RequestStatus.CLOSED,
                CloseReason.DUPLICATE,
                into,
                Set.of(voter.id())));
        assertThat(awaitNotices(voter.id(), 1))
                .extracting(StoredNotice::text, StoredNotice::link)
                .containsExactly(tuple(
                        "\"Careers page in two languages\" was merged into another request; your vote moved with it.",
                        "/requests/" + into));
    }

    @Test
    void anOfferTellsEditorsOnlyAndKeepsTheOfferItselfPrivate() {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long requestId = uniqueId();
        long offerId = uniqueId();
        publish(new OfferMade(requestId, "Referral programmes that work", "/requests/" + requestId, offerId));

        assertThat(awaitNotices(editor.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::text)
                .containsExactly(tuple(
                        NoticeCategory.NEW_OFFERS, "New offer of experience on \"Referral programmes that work\""));
        awaitHandled("\"offerId\":" + offerId);
        assertThat(notices(member.id())).isEmpty();
        // New offers are in the app by default, not mailed.
        assertThat(TestMail.to(editor.email(), 0)).isEmpty();
    }

    @Test
    void aSubmissionTellsEveryEditorButItsAuthorAndEachRoundIsNewsAgain() {
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person editorWhoWrites = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(editorWhoWrites, "Exit interviews nobody read", Outcome.FAILURE, Topic.of("dei"));
        fixtures.authoring().submit(editorWhoWrites.id(), id);

        await(() -> notices(editor.id()).stream().anyMatch(n -> n.link().equals("/review/" + id)));
        assertThat(notices(editor.id()))
                .filteredOn(n -> n.link().equals("/review/" + id))
                .extracting(StoredNotice::category, StoredNotice::text)
                .containsExactly(tuple(
                        NoticeCategory.NEW_SUBMISSIONS,
                        "New submission waiting for review: \"Exit interviews nobody read\""));
        awaitHandled("\"caseId\":" + id + ",");
        assertThat(notices(editorWhoWrites.id())).noneMatch(n -> n.link().equals("/review/" + id));
        assertThat(notices(member.id())).isEmpty();
        // In the app by default, not mailed.
        assertThat(TestMail.to(editor.email(), 0)).isEmpty();

        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().returnToAuthor(id, editor.id(), "Say what you would do differently.");
        fixtures.authoring().submit(editorWhoWrites.id(), id);
        await(() -> notices(editor.id()).stream()
                .anyMatch(n -> n.text().startsWith("Resubmitted after an editor's notes")));
    }

    @Test
    void anInvitationReachesThatMemberInTheAppAndByMailAtOnce() throws Exception {
        Person invited = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        long requestId = uniqueId();
        long offerId = uniqueId();
        publish(new ExperienceInvited(
                requestId, "Scorecards for hiring managers", "/requests/" + requestId, offerId, invited.id()));

        assertThat(awaitNotices(invited.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::text)
                .containsExactly(tuple(
                        NoticeCategory.INVITATIONS,
                        "An editor invited you to write the case for \"Scorecards for hiring managers\""));
        List<MimeMessage> mails = TestMail.to(invited.email(), 1);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .containsExactly("An editor invited you to write the case for \"Scorecards for hiring managers\"");
        awaitHandled("\"offerId\":" + offerId);
        assertThat(notices(other.id())).isEmpty();
    }

    @Test
    void aReplyTellsTheMentionedOnceAsAMentionAndFollowersAsAReply() {
        Person mentionedFollower = fixtures.member(MemberRole.MEMBER);
        Person follower = fixtures.member(MemberRole.MEMBER);
        Person writer = fixtures.member(MemberRole.MEMBER);
        String title = "Video interviews nobody finished";
        long caseId = publishedCase(writer, title, AttributionMode.NAMED);
        long replyId = reply(writer, caseId);
        publish(new ReplyPosted(
                replyId,
                new SubjectRef(SubjectType.CASE, caseId),
                title,
                "/cases/" + caseId + "/video#reply-" + replyId,
                writer.name(),
                Set.of(mentionedFollower.id(), follower.id()),
                Set.of(mentionedFollower.id())));

        // The name is not stored with the notice: it is put in when the notice is read.
        assertThat(awaitNotices(follower.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::text)
                .containsExactly(tuple(NoticeCategory.COMMENTS, title));
        assertThat(shown(follower)).containsExactly(writer.name() + " replied in \"" + title + "\"");
        assertThat(awaitNotices(mentionedFollower.id(), 1))
                .extracting(StoredNotice::category)
                .containsExactly(NoticeCategory.MENTIONS);
        assertThat(shown(mentionedFollower)).containsExactly(writer.name() + " mentioned you in \"" + title + "\"");
        awaitHandled("\"replyId\":" + replyId + ",");
        assertThat(notices(mentionedFollower.id())).hasSize(1);
    }

    /**
     * The discussion module shows the author of an anonymous or role-only case as "Author of this case"; the
     * notice and its mail say exactly that and nothing else about who wrote it.
     */
    @Test
    void aReplyByTheAuthorOfAnAnonymousCaseRevealsNoOtherIdentity() throws Exception {
        Person hiddenAuthor = fixtures.member(MemberRole.MEMBER);
        Person follower = fixtures.member(MemberRole.MEMBER);
        preferences.set(follower.id(), NoticeCategory.COMMENTS, NoticeDelivery.EMAIL_NOW);
        long caseId = publishedCase(hiddenAuthor, "The referral scheme we scrapped", AttributionMode.ANONYMOUS);
        long replyId = reply(hiddenAuthor, caseId);
        publish(new ReplyPosted(
                replyId,
                new SubjectRef(SubjectType.CASE, caseId),
                "The referral scheme we scrapped",
                "/cases/" + caseId + "/referrals#reply-" + replyId,
                "Author of this case",
                Set.of(follower.id()),
                Set.of()));

        awaitNotices(follower.id(), 1);
        assertThat(shown(follower))
                .containsExactly("Author of this case replied in \"The referral scheme we scrapped\"");
        MimeMessage mail = TestMail.to(follower.email(), 1).get(0);
        String everything = mail.getSubject() + TestMail.text(mail) + TestMail.html(mail);
        assertThat(everything).contains("Author of this case");
        assertThat(everything)
                .doesNotContain(
                        hiddenAuthor.name(),
                        hiddenAuthor.email(),
                        hiddenAuthor.email().split("@")[0]);
        assertThat(notices(hiddenAuthor.id()))
                .as("only the news of their own case's publication")
                .extracting(StoredNotice::category)
                .containsOnly(NoticeCategory.REVIEW_RESULTS);
    }

    @Test
    void dailyChoicesWaitForOneDigestWithEverythingOfTheDay() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person jonas = fixtures.member(MemberRole.MEMBER);
        preferences.set(member.id(), NoticeCategory.COMMENTS, NoticeDelivery.EMAIL_DAILY);
        preferences.set(member.id(), NoticeCategory.REQUEST_UPDATES, NoticeDelivery.EMAIL_DAILY);
        long caseId = publishedCase(jonas, "Assessment centres", AttributionMode.NAMED);
        long requestId = uniqueId();
        publish(new ReplyPosted(
                reply(jonas, caseId),
                new SubjectRef(SubjectType.CASE, caseId),
                "Assessment centres",
                "/cases/" + caseId + "/a",
                jonas.name(),
                Set.of(member.id()),
                Set.of()));
        publish(new RequestStatusChanged(
                requestId,
                uniqueId(),
                "Assessment centres for graduates",
                "/requests/" + requestId,
                RequestStatus.OPEN,
                RequestStatus.SOURCING,
                null,
                null,
                Set.of(member.id())));
        awaitNotices(member.id(), 2);
        sender.sendDue();
        assertThat(TestMail.to(member.email(), 0)).isEmpty();
        assertThat(outbox(member.id()))
                .extracting(OutboxMail::category, OutboxMail::status, OutboxMail::items)
                .containsExactly(tuple(null, "PENDING", 2));

        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        List<MimeMessage> digest = TestMail.to(member.email(), 1);
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).getSubject()).isEqualTo("Your HROS day: 2 notices");
        assertThat(TestMail.text(digest.get(0)))
                .contains(
                        jonas.name() + " replied in \"Assessment centres\"",
                        "An editor is looking for a case to answer \"Assessment centres for graduates\"");
        assertThat(digest.get(0).getHeader("List-Unsubscribe")).isNotNull();
    }

    /** A case published under {@code mode}, its author following its thread. */
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

    /** A real reply: notices name its author as the discussion shows them when they are read. */
    private long reply(Person author, long caseId) {
        return discussion.post(new SubjectRef(SubjectType.CASE, caseId), author.id(), "A reply of mine.", null);
    }

    /** The member's notices as their list shows them. */
    private List<String> shown(Person member) {
        return noticeList.page(member.id(), 1, 20).items().stream()
                .map(NoticeView::text)
                .toList();
    }
}
