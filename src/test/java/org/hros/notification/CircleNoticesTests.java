package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleMembers;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberRole;
import org.hros.notification.domain.NoticeView;
import org.hros.notification.domain.Notices;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Circles are no longer silent: a new clinic thread and each reply reach the members they concern, named as the
 * circle shows them, never with what was written, and only while they are members.
 */
class CircleNoticesTests extends NoticeTestBase {

    @Autowired
    CircleService circles;

    @Autowired
    CircleMembers circleMembers;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    Notices noticeList;

    static final String OPENING = "Our referral bonus doubled and the referrals halved: secret-opening-text";
    static final String TITLE = "Referral bonus backfired secret-title";

    long circle(Person facilitator, boolean chathamHouse, Person... others) {
        long id = circles.create(
                facilitator.id(),
                new CircleCommand(
                        "Sourcing peers " + UUID.randomUUID().toString().substring(0, 6),
                        "Talking through what failed.",
                        12,
                        chathamHouse,
                        null));
        for (Person other : others) {
            String link = invitations.createLink(id, facilitator.id(), 7);
            invitations.join(link.substring(link.lastIndexOf('/') + 1), other.id());
        }
        return id;
    }

    @Test
    void aNewThreadTellsTheOthersInTheAppAndAReplyMailsTheOpenerWithoutWhatWasWritten() throws Exception {
        Person opener = fixtures.member(MemberRole.MEMBER);
        Person helper = fixtures.member(MemberRole.MEMBER);
        Person quiet = fixtures.member(MemberRole.MEMBER);
        long circleId = circle(opener, false, helper, quiet);

        long threadId = circles.openClinic(circleId, opener.id(), TITLE, OPENING, false);
        String threadPath = "/circles/" + circleId + "/threads/" + threadId;
        assertThat(awaitNotices(helper.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::link)
                .containsExactly(tuple(NoticeCategory.CIRCLE_THREADS, threadPath));
        assertThat(notices(helper.id()).get(0).text()).startsWith(opener.name() + " opened a clinic thread in ");
        assertThat(awaitNotices(quiet.id(), 1)).hasSize(1);
        assertThat(notices(opener.id())).isEmpty();

        long replyId = circles.reply(circleId, threadId, helper.id(), "Did you change the rules too? secret-reply");
        assertThat(awaitNotices(opener.id(), 1))
                .extracting(StoredNotice::category, StoredNotice::link)
                .containsExactly(tuple(NoticeCategory.THREAD_REPLIES, threadPath + "#post-" + replyId));
        // The opener chose nothing: a reply to their own thread comes by e-mail too.
        MimeMessage mail = TestMail.to(opener.email(), 1).get(0);
        String body = TestMail.text(mail) + TestMail.html(mail) + mail.getSubject();
        assertThat(body)
                .contains(helper.name() + " replied to your clinic thread in ", threadPath + "#post-" + replyId);
        assertThat(body).doesNotContain("secret-reply", "secret-title", "secret-opening");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/notifications/unsubscribe/");

        circles.reply(circleId, threadId, quiet.id(), "Same here.");
        // The helper posted in the thread: they hear of the next reply, in the app only.
        await(() -> notices(helper.id()).size() == 2);
        assertThat(notices(helper.id()).get(1).category()).isEqualTo(NoticeCategory.CIRCLE_REPLIES);
        awaitHandled("\"threadId\":" + threadId);
        assertThat(notices(quiet.id())).hasSize(1);
        assertThat(TestMail.to(helper.email(), 0)).isEmpty();
        assertThat(TestMail.to(quiet.email(), 0)).isEmpty();
    }

    @Test
    void noticesUnderTheChathamHouseRuleNeverNameTheWriter() throws Exception {
        Person opener = fixtures.member(MemberRole.MEMBER);
        Person helper = fixtures.member(MemberRole.MEMBER);
        long circleId = circle(opener, true, helper);
        preferences.set(helper.id(), NoticeCategory.CIRCLE_THREADS, NoticeDelivery.EMAIL_NOW);

        long threadId = circles.openClinic(circleId, opener.id(), TITLE, OPENING, false);
        circles.reply(circleId, threadId, helper.id(), "Try a smaller bonus.");

        List<StoredNotice> toHelper = awaitNotices(helper.id(), 1);
        List<StoredNotice> toOpener = awaitNotices(opener.id(), 1);
        assertThat(toHelper.get(0).text()).startsWith("A new clinic thread in ");
        assertThat(toOpener.get(0).text()).startsWith("A new reply to your clinic thread in ");
        List<MimeMessage> mails = List.of(
                TestMail.to(helper.email(), 1).get(0),
                TestMail.to(opener.email(), 1).get(0));
        for (MimeMessage mail : mails) {
            String body = TestMail.text(mail) + TestMail.html(mail) + mail.getSubject();
            assertThat(body)
                    .doesNotContain(opener.name(), helper.name(), opener.email(), helper.email())
                    .doesNotContain("h" + opener.id(), "h" + helper.id());
        }
        // Each page shows its reader's own name in the header, never the other writer's.
        assertThat(noticesPage(opener))
                .contains("A new reply to your clinic thread in ")
                .doesNotContain(helper.name());
        assertThat(noticesPage(helper)).contains("A new clinic thread in ").doesNotContain(opener.name());
    }

    private String noticesPage(Person reader) throws Exception {
        return mvc.perform(get("/notifications").with(user(principal(reader, MemberRole.MEMBER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aMemberRemovedFromTheCircleStopsSeeingAndBeingMailedItsNotices() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person opener = fixtures.member(MemberRole.MEMBER);
        long circleId = circle(facilitator, false, opener);
        long threadId = circles.openClinic(circleId, opener.id(), TITLE, OPENING, false);
        circles.reply(circleId, threadId, facilitator.id(), "First thought.");
        TestMail.to(opener.email(), 1);
        circles.reply(circleId, threadId, facilitator.id(), "Second thought.");
        // The second reply waits for the hour's mail.
        await(() -> outbox(opener.id()).stream().anyMatch(m -> m.status().equals("PENDING")));
        assertThat(noticeList.unreadCount(opener.id())).isEqualTo(2);

        circleMembers.remove(circleId, facilitator.id(), opener.id());

        assertThat(noticeList.unreadCount(opener.id())).isZero();
        assertThat(noticeList.page(opener.id(), 1, 20).items())
                .extracting(NoticeView::link)
                .isEmpty();
        clock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(outbox(opener.id())).extracting(OutboxMail::status).containsExactly("SENT", "CANCELLED");
        assertThat(TestMail.to(opener.email(), 2)).hasSize(1);
        // A reply made after leaving reaches them not at all.
        circles.reply(circleId, threadId, facilitator.id(), "Third thought.");
        awaitHandled("\"threadId\":" + threadId);
        assertThat(notices(opener.id())).hasSize(2);
    }

    @Test
    void theSettingsPageOffersTheNewCategoriesAndTheirMailsUnsubscribeInOneClick() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/settings/notifications").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("New clinic threads in your circles")))
                .andExpect(content().string(Matchers.containsString("Replies to your clinic threads")))
                .andExpect(content().string(Matchers.containsString("Replies in clinic threads you took part in")))
                .andExpect(content().string(Matchers.containsString("Cheers and comments on your check-ins")))
                .andExpect(content().string(Matchers.containsString("Weekly check-in reminders")));
        assertThat(preferences.of(member.id(), NoticeCategory.CHECK_IN_REMINDERS))
                .isEqualTo(NoticeDelivery.OFF);
        assertThat(preferences.of(member.id(), NoticeCategory.CIRCLE_THREADS)).isEqualTo(NoticeDelivery.IN_APP);

        Person helper = fixtures.member(MemberRole.MEMBER);
        long circleId = circle(member, false, helper);
        long threadId = circles.openClinic(circleId, member.id(), TITLE, OPENING, false);
        circles.reply(circleId, threadId, helper.id(), "A reply.");
        String link = TestMail.link(member.email(), "/notifications/unsubscribe/");
        mvc.perform(post(link)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(preferences.of(member.id(), NoticeCategory.THREAD_REPLIES)).isEqualTo(NoticeDelivery.IN_APP);
    }
}
