package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.request.ExperienceInvited;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** The e-mails: batching instead of floods, retries while the server is away, and one-click unsubscribe. */
@ExtendWith(OutputCaptureExtension.class)
class NoticeMailTests extends NoticeTestBase {

    private long invite(Person member, String title) {
        long requestId = uniqueId();
        long offerId = uniqueId();
        publish(new ExperienceInvited(requestId, title, "/requests/" + requestId, offerId, member.id()));
        return offerId;
    }

    @Test
    void threeNoticesInAnHourMakeOneMailNowAndTheRestOneMailAnHourLater() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        invite(member, "Exit interviews");
        assertThat(TestMail.to(member.email(), 1)).hasSize(1);

        invite(member, "Pay transparency");
        invite(member, "Skills-based hiring");
        awaitNotices(member.id(), 3);
        sender.sendDue();
        assertThat(TestMail.to(member.email(), 1)).hasSize(1);
        assertThat(outbox(member.id()))
                .extracting(OutboxMail::status, OutboxMail::items)
                .containsExactly(tuple("SENT", 1), tuple("PENDING", 2));

        clock.advance(Duration.ofMinutes(61));
        sender.sendDue();
        List<MimeMessage> mails = TestMail.to(member.email(), 2);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("An editor invited you to write the case for \"Exit interviews\"");
        assertThat(mails.get(1).getSubject()).isEqualTo("2 new notices: Invitations to write");
        assertThat(TestMail.text(mails.get(1))).contains("\"Pay transparency\"", "\"Skills-based hiring\"");
        assertThat(TestMail.html(mails.get(1)))
                .contains("Pay transparency", "<a href=\"http://localhost:8080/requests/");
        sender.sendDue();
        assertThat(TestMail.to(member.email(), 2)).hasSize(2);
    }

    @Test
    void aNoticeDoesNotWaitForAMailThatIsBeingSentItGoesIntoTheNextOne() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        invite(member, "Exit interviews");
        assertThat(TestMail.to(member.email(), 1)).hasSize(1);
        invite(member, "Pay transparency");
        awaitNotices(member.id(), 2);
        long pending = outbox(member.id()).get(1).id();

        // The sender holds a mail's row while it talks to the mail server, which may be slow; a notice arriving
        // meanwhile must neither wait for it (nor time out and be lost to a retry) nor join a mail already sent.
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread sending = new Thread(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    jdbc.sql("select id from notice_mail where id = ? for update")
                            .param(pending)
                            .query(Long.class)
                            .single();
                    locked.countDown();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        sending.start();
        try {
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            invite(member, "Skills-based hiring");
            awaitNotices(member.id(), 3);
            assertThat(outbox(member.id()))
                    .extracting(OutboxMail::status, OutboxMail::items)
                    .containsExactly(tuple("SENT", 1), tuple("PENDING", 1), tuple("PENDING", 1));
        } finally {
            release.countDown();
            sending.join();
        }
    }

    @Test
    void theUnsubscribeLinkOfAReceivedMailWorksWithoutASessionAndStopsThatCategoryOnly() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        invite(member, "Hiring for potential");
        MimeMessage mail = TestMail.to(member.email(), 1).get(0);
        String link = TestMail.link(member.email(), "/notifications/unsubscribe/");
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<http://localhost:8080" + link + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(TestMail.html(mail)).contains(link);

        // A forged link, for another category or member, does nothing.
        String[] parts = link.substring("/notifications/unsubscribe/".length()).split("\\.");
        mvc.perform(post("/notifications/unsubscribe/" + parts[0] + ".MENTIONS." + parts[2]))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/unsubscribe/" + (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "."
                        + parts[2]))
                .andExpect(status().isNotFound());

        // Following the link only asks; no session, no CSRF token needed.
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stop these e-mails?")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Invitations to write")));
        assertThat(preferences.of(member.id(), NoticeCategory.INVITATIONS)).isEqualTo(NoticeDelivery.EMAIL_NOW);

        // The mail client's one-click POST (RFC 8058).
        mvc.perform(post(link)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("E-mails stopped")));
        assertThat(preferences.of(member.id(), NoticeCategory.INVITATIONS)).isEqualTo(NoticeDelivery.IN_APP);
        assertThat(preferences.of(member.id(), NoticeCategory.REVIEW_RESULTS)).isEqualTo(NoticeDelivery.EMAIL_NOW);

        clock.advance(Duration.ofHours(2));
        long offerId = invite(member, "Hiring for grit");
        awaitNotices(member.id(), 2);
        awaitHandled("\"offerId\":" + offerId);
        sender.sendDue();
        assertThat(TestMail.to(member.email(), 1)).hasSize(1);
    }

    @Test
    void aFailedSendIsRetriedWithGrowingPausesAndNeverFailsTheRequestThatCausedIt() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id =
                fixtures.draft(author, "Internal mobility that stalled", Outcome.FAILURE, Topic.of("talent-marketing"));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        outage.begin();
        try {
            mvc.perform(post("/review/" + id + "/return")
                            .param("message", "Say what the managers said.")
                            .with(user(principal(editor, MemberRole.EDITOR)))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            awaitNotices(author.id(), 1);
            await(() ->
                    !outbox(author.id()).isEmpty() && outbox(author.id()).get(0).attempts() == 1);
            Instant firstRetry = nextAttempt(author.id());
            assertThat(firstRetry).isAfter(clock.instant());
            assertThat(outbox(author.id()).get(0).status()).isEqualTo("PENDING");

            sender.sendDue();
            assertThat(outbox(author.id()).get(0).attempts())
                    .as("not tried again before its time")
                    .isEqualTo(1);

            clock.advance(Duration.between(clock.instant(), firstRetry).plusSeconds(1));
            Instant second = clock.instant();
            sender.sendDue();
            assertThat(outbox(author.id()).get(0).attempts()).isEqualTo(2);
            Duration firstPause = Duration.ofMinutes(1);
            assertThat(Duration.between(second, nextAttempt(author.id())))
                    .as("the pause doubles")
                    .isGreaterThan(firstPause.plusSeconds(30));
            assertThat(TestMail.to(author.email(), 0)).isEmpty();
        } finally {
            outage.end();
        }
        clock.advance(Duration.ofMinutes(10));
        sender.sendDue();
        List<MimeMessage> mails = TestMail.to(author.email(), 1);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .containsExactly("An editor returned your case with notes");
        assertThat(outbox(author.id())).extracting(OutboxMail::status).containsExactly("SENT");
    }

    @Test
    void aMailThatNeverGetsThroughIsGivenUpAndLoggedWithoutTheAddress(CapturedOutput output) throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        outage.begin();
        try {
            invite(member, "Recruiter burnout");
            awaitNotices(member.id(), 1);
            await(() ->
                    !outbox(member.id()).isEmpty() && outbox(member.id()).get(0).attempts() >= 1);
            for (int i = 0;
                    i < 10 && !"FAILED".equals(outbox(member.id()).get(0).status());
                    i++) {
                clock.advance(Duration.ofDays(1));
                sender.sendDue();
            }
        } finally {
            outage.end();
        }
        OutboxMail mail = outbox(member.id()).get(0);
        assertThat(mail.status()).isEqualTo("FAILED");
        assertThat(mail.attempts()).isEqualTo(6);
        assertThat(output.getOut())
                .contains("Notice mail " + mail.id() + " to member " + member.id() + " failed 6 times")
                .doesNotContain(member.email());
        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        assertThat(TestMail.to(member.email(), 0)).isEmpty();
    }

    private Instant nextAttempt(long memberId) {
        return jdbc.sql("select next_attempt_at from notice_mail where recipient_id = ? order by id limit 1")
                .param(memberId)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }
}
