package org.hros.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hros.circle.domain.CircleCommand;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleMembers;
import org.hros.circle.domain.CircleService;
import org.hros.circle.domain.ClinicNoteExpiry;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

class CircleTests extends IntegrationTestBase {

    @Autowired
    CommunityAgenda agenda;

    @Autowired
    CircleService circles;

    @Autowired
    CircleMembers members;

    @Autowired
    CircleInvitations invitations;

    @Autowired
    ClinicNoteExpiry expiry;

    @Autowired
    MemberDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    long circle(Person facilitator, int size, boolean chatham, Integer retentionDays) {
        return circles.create(
                facilitator.id(),
                new CircleCommand("Clinic " + key(), "Talking through what failed.", size, chatham, retentionDays));
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void sizeLimitHoldsWhenManyJoinAtOnce() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        long circle = circle(facilitator, 3, false, null);
        String token = token(invitations.createLink(circle, facilitator.id(), 7));
        List<Person> joiners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            joiners.add(fixtures.member(MemberRole.MEMBER));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Person p : joiners) {
            Callable<Boolean> join = () -> {
                start.await();
                try {
                    invitations.join(token, p.id());
                    return true;
                } catch (FieldErrorsException full) {
                    return false;
                }
            };
            results.add(pool.submit(join));
        }
        start.countDown();
        int joined = 0;
        for (Future<Boolean> r : results) {
            joined += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(joined).isEqualTo(2);
        assertThat(members.members(circle, facilitator.id()).members()).hasSize(3);
        // The page tells a latecomer the circle is full.
        Person late = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/circles/invitations/" + token)
                        .with(user(principal(late)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThatThrownBy(() -> circles.page(circle, late.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shareableLinkExpiresAndCanBeRevoked() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        long circle = circle(facilitator, 12, false, null);
        String expiring = token(invitations.createLink(circle, facilitator.id(), 2));
        String revoked = token(invitations.createLink(circle, facilitator.id(), 30));
        mvc.perform(get("/circles/invitations/" + expiring)).andExpect(status().isOk());
        long revokedId =
                members.members(circle, facilitator.id()).invitations().get(0).id();
        invitations.revoke(circle, facilitator.id(), revokedId);
        mvc.perform(get("/circles/invitations/" + revoked)).andExpect(status().isNotFound());

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        mvc.perform(get("/circles/invitations/" + expiring)).andExpect(status().isNotFound());
        Person late = fixtures.member(MemberRole.MEMBER);
        assertThatThrownBy(() -> invitations.join(expiring, late.id())).isInstanceOf(NotFoundException.class);
        mvc.perform(post("/circles/invitations/" + expiring)
                        .with(user(principal(late)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/circles/" + circle + "/links")
                        .with(user(principal(facilitator)))
                        .with(csrf())
                        .param("days", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Choose from 1 to 90 days."));
    }

    @Test
    void invitedByEmailTheInviteeJoinsOnceWithThePrivateLink() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person invitee = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        long circle = circle(facilitator, 12, false, null);
        String name = circles.page(circle, facilitator.id()).name();
        circles.openClinic(circle, facilitator.id(), "Secret clinic topic", "Nobody outside may read this.", false);
        mvc.perform(post("/circles/" + circle + "/invitations")
                        .with(user(principal(facilitator)))
                        .with(csrf())
                        .param("email", invitee.email()))
                .andExpect(status().is3xxRedirection());
        String path = TestMail.link(invitee.email(), "/circles/invitations/");
        var mail = TestMail.to(invitee.email(), 1);
        String body = GreenMailUtil.getBody(mail.get(mail.size() - 1));
        assertThat(body).contains(name).doesNotContain("Secret clinic topic", facilitator.name());

        String landing = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(landing).contains(name, "Talking through what failed.").doesNotContain("Secret clinic topic");
        mvc.perform(post(path).with(user(principal(invitee))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/circles/" + circle));
        assertThat(circles.page(circle, invitee.id()).clinics()).hasSize(1);
        // Used once: nobody else gets in with it.
        mvc.perform(post(path).with(user(principal(other))).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void chathamHouseThreadShowsNoNamesAnywhere() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person a = fixtures.member(MemberRole.MEMBER);
        Person b = fixtures.member(MemberRole.MEMBER);
        long circle = circle(facilitator, 12, false, null);
        String token = token(invitations.createLink(circle, facilitator.id(), 7));
        invitations.join(token, a.id());
        invitations.join(token, b.id());
        long thread = circles.openClinic(circle, a.id(), "We ghosted 40 finalists", "It was *awful*.", true);
        circles.reply(circle, thread, b.id(), "Same here <script>alert(1)</script> — what did you change?");
        circles.reply(circle, thread, facilitator.id(), "A checklist helped us.");
        long named = circles.openClinic(circle, a.id(), "A named thread", "Names shown here.", false);

        String html = mvc.perform(
                        get("/circles/" + circle + "/threads/" + thread).with(user(principal(b))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("We ghosted 40 finalists", "<em>awful</em>", "A circle member", "A checklist helped us.");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        for (Person p : List.of(a, b, facilitator)) {
            MemberCard card = directory.find(p.id()).orElseThrow();
            // The viewer's own name appears in the navigation; every other author must not appear at all.
            if (p != b) {
                assertThat(html).doesNotContain(card.displayName(), card.handle(), "/members/" + card.handle());
            }
            assertThat(html).doesNotContain("data-author", "member-" + p.id());
        }
        String json = mvc.perform(get("/api/v1/circles/" + circle + "/threads/" + thread)
                        .with(user(principal(b)))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"author\":null").doesNotContain(a.name(), b.name(), facilitator.name());

        String namedHtml = mvc.perform(
                        get("/circles/" + circle + "/threads/" + named).with(user(principal(b))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(namedHtml).contains(a.name());

        // A circle under the rule hides check-in authors too, and switching it off later reveals nothing.
        long quiet = circle(facilitator, 12, true, null);
        invitations.join(token(invitations.createLink(quiet, facilitator.id(), 7)), b.id());
        circles.checkIn(quiet, facilitator.id(), "Three interviews this week, all on time.");
        long quietThread = circles.openClinic(quiet, facilitator.id(), "Quiet thread", "Hidden author.", false);
        members.changeSettings(quiet, facilitator.id(), new CircleCommand("Renamed", "Still here.", 12, false, null));
        String quietHtml = mvc.perform(
                        get("/circles/" + quiet + "/threads/" + quietThread).with(user(principal(b))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        MemberCard facilitatorCard = directory.find(facilitator.id()).orElseThrow();
        assertThat(quietHtml)
                .contains("Hidden author.", "A circle member")
                .doesNotContain(facilitatorCard.displayName(), facilitatorCard.handle());
        assertThat(circles.thread(quiet, quietThread, facilitator.id()).posts()).allMatch(p -> p.anonymous());
        assertThat(circles.page(quiet, facilitator.id()).checkIns()).allMatch(p -> p.anonymous());
    }

    @Test
    void expiryJobDeletesOldClinicNotesFromTheDatabase() {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        long circle = circle(facilitator, 12, false, 3);
        long keepForever = circle(facilitator, 12, false, null);
        long old = circles.openClinic(circle, facilitator.id(), "Old failure", "From last week.", false);
        long oldReply = circles.reply(circle, old, facilitator.id(), "An old reply.");
        long kept = circles.openClinic(keepForever, facilitator.id(), "Kept failure", "Never expires.", false);
        circles.checkIn(circle, facilitator.id(), "A check-in is not a clinic note.");

        clock.advance(Duration.ofDays(2));
        long recent = circles.openClinic(circle, facilitator.id(), "Recent failure", "From today.", false);
        long lateReply = circles.reply(circle, old, facilitator.id(), "A reply two days later.");
        clock.advance(Duration.ofDays(1).plusHours(1));

        int deleted = expiry.deleteExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from circle_post where id = ?", oldReply))
                .isZero();
        assertThat(count("select count(*) from circle_post where id = ?", lateReply))
                .isOne();
        assertThat(count("select count(*) from circle_post where thread_id = ?", old))
                .isOne();
        assertThat(count("select count(*) from circle_thread where id = ?", recent))
                .isOne();
        assertThat(count("select count(*) from circle_thread where id = ?", kept))
                .isOne();
        assertThat(count("select count(*) from circle_thread where circle_id = ? and kind = 'CHECK_IN'", circle))
                .isOne();

        clock.advance(Duration.ofDays(3));
        expiry.deleteExpired();
        assertThat(count("select count(*) from circle_thread where id = ?", old))
                .isZero();
        assertThat(count("select count(*) from circle_post where thread_id = ?", old))
                .isZero();
        assertThat(count("select count(*) from circle_thread where id = ?", kept))
                .isOne();
    }

    @Test
    void lastFacilitatorHandsOverBeforeLeavingAndRemovedMembersAreOutsiders() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        Person member = fixtures.member(MemberRole.MEMBER);
        long circle = circle(facilitator, 12, false, null);
        invitations.join(token(invitations.createLink(circle, facilitator.id(), 7)), member.id());

        mvc.perform(post("/circles/" + circle + "/leave")
                        .with(user(principal(facilitator)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(circles.page(circle, facilitator.id()).myRole()).isEqualTo(CircleRole.FACILITATOR);

        mvc.perform(post("/circles/" + circle + "/members/" + facilitator.id() + "/remove")
                        .with(user(principal(member)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        members.promote(circle, facilitator.id(), member.id());
        members.leave(circle, facilitator.id());
        assertThatThrownBy(() -> circles.page(circle, facilitator.id())).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/circles/" + circle).with(user(principal(facilitator))))
                .andExpect(status().isNotFound());
        assertThat(circles.page(circle, member.id()).myRole()).isEqualTo(CircleRole.FACILITATOR);
    }

    @Test
    void circleContentNeverReachesPublicPagesOrTheApi() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        String marker = "zq" + key();
        long circle = circles.create(
                facilitator.id(), new CircleCommand("Circle " + marker, "Purpose " + marker, 12, false, null));
        circles.openClinic(circle, facilitator.id(), "Thread " + marker, "Body " + marker, false);
        circles.checkIn(circle, facilitator.id(), "Check-in " + marker);
        String handle = directory.find(facilitator.id()).orElseThrow().handle();
        for (String path : List.of(
                "/",
                "/cases",
                "/members/" + handle,
                "/members/" + handle + "/progress",
                "/api/v1/cases",
                "/v3/api-docs")) {
            String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain(marker);
        }
        Person stranger = fixtures.member(MemberRole.MEMBER);
        String strangersList = mvc.perform(get("/api/v1/circles").with(user(principal(stranger))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(strangersList).isEqualTo("[]");
    }

    @Test
    void searchFindsNoCircleContent() throws Exception {
        Person facilitator = fixtures.member(MemberRole.MEMBER);
        String marker = "zq" + key();
        long circle = circles.create(
                facilitator.id(), new CircleCommand("Circle " + marker, "Purpose " + marker, 12, false, null));
        circles.openClinic(circle, facilitator.id(), "Thread " + marker, "Body " + marker, false);
        // Something public with the same word, posted after the circle's content: once search finds it, it would
        // have found the circle's content too, had it been indexed.
        agenda.post(
                facilitator.id(),
                new RequestCommand(
                        "Public request " + marker,
                        "Asked in the open, for everyone to read.",
                        List.of(org.hros.shared.Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/v1/search/requests").param("q", marker))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("\"total\":1"));
        for (MemberPrincipal viewer :
                java.util.Arrays.asList(principal(facilitator), principal(fixtures.member(MemberRole.MEMBER)), null)) {
            for (String path : List.of("/api/v1/search", "/api/v1/search/requests", "/api/v1/search/replies")) {
                var request = get(path).param("q", marker);
                String found = mvc.perform(viewer == null ? request : request.with(user(viewer)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(found)
                        .as(path)
                        .contains("\"kinds\":{\"cases\":0,\"requests\":1,\"discussion\":0}")
                        .doesNotContain("Circle " + marker, "Purpose " + marker, "Thread " + marker, "Body " + marker);
            }
        }
    }

    long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
