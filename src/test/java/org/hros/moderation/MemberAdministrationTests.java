package org.hros.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberQuery;
import org.hros.member.MemberRole;
import org.hros.member.MemberState;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Admins run the members: the directory, roles (never the last admin), suspension (log-in refused with the reason,
 * sessions ended, content kept), silence (reading yes, posting no), reinstatement; every act audited and mailed.
 */
class MemberAdministrationTests extends IntegrationTestBase {

    @Autowired
    MemberAdministration administration;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.hros.member.MemberDirectory directory;

    static RequestPostProcessor as(Person p, MemberRole role) {
        return user(new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, ""));
    }

    @Test
    void directoryFindsMembersByNameHandleAndAddressAndFiltersByRoleAndStanding() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        String editorKey = editor.email().substring("editor-".length(), "editor-".length() + 8);

        // By part of the name (case-insensitive), the handle and the address.
        assertThat(ids(administration
                        .search(new MemberQuery(editorKey.toUpperCase(), null, null, 1))
                        .items()))
                .containsExactly(editor.id());
        String handle = jdbc.sql("select handle from member where id = ?")
                .param(member.id())
                .query(String.class)
                .single();
        assertThat(ids(administration
                        .search(new MemberQuery(handle, null, null, 1))
                        .items()))
                .contains(member.id());
        assertThat(ids(administration
                        .search(new MemberQuery(member.email(), null, null, 1))
                        .items()))
                .containsExactly(member.id());
        // A wildcard typed in the box is a character, not "anything".
        assertThat(administration.search(new MemberQuery("%", null, null, 1)).items())
                .noneMatch(m -> !m.displayName().contains("%")
                        && !m.email().contains("%")
                        && !m.handle().contains("%"));

        // By role and by standing.
        assertThat(administration
                        .search(new MemberQuery("test ", MemberRole.EDITOR, null, 1))
                        .items())
                .isNotEmpty()
                .allMatch(m -> m.role() == MemberRole.EDITOR);
        administration.silence(admin.id(), member.id(), "Posting adverts", null);
        assertThat(ids(administration
                        .search(new MemberQuery(null, null, MemberState.SILENCED, 1))
                        .items()))
                .contains(member.id());
        assertThat(ids(administration
                        .search(new MemberQuery(null, null, MemberState.ACTIVE, 1))
                        .items()))
                .doesNotContain(member.id());

        // The page shows it, with the address admins need.
        mvc.perform(get("/admin/members").param("q", editor.email()).with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(editor.email())))
                .andExpect(content().string(containsString("/admin/members/" + editor.id())))
                .andExpect(content().string(not(containsString(member.email()))));
        // A filter that is not one of the choices is said, never a 500.
        mvc.perform(get("/admin/members").param("role", "OVERLORD").with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was not one of the choices")));
    }

    @Test
    void directoryPagesThroughManyMembers() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        String batch = "Pager " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < MemberAdministration.PAGE_SIZE + 3; i++) {
            fixtures.members()
                    .registerSample(
                            "pager-" + UUID.randomUUID() + "@test.example",
                            batch + " " + i,
                            TestFixtures.PASSWORD,
                            MemberRole.MEMBER,
                            null,
                            null);
        }
        var first = administration.search(new MemberQuery(batch, null, null, 1));
        var second = administration.search(new MemberQuery(batch, null, null, 2));
        assertThat(first.total()).isEqualTo(MemberAdministration.PAGE_SIZE + 3);
        assertThat(first.items()).hasSize(MemberAdministration.PAGE_SIZE);
        assertThat(second.items()).hasSize(3);
        assertThat(ids(first.items())).doesNotContainAnyElementsOf(ids(second.items()));

        mvc.perform(get("/admin/members").param("q", batch).with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"next\"")))
                .andExpect(content().string(containsString("/admin/members?page=2&amp;q=Pager")));
    }

    @Test
    void anAdminAppointsAnEditorWhoIsToldAndAuditedAndLoggedOutToPickUpTheRole() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person member = fixtures.member(MemberRole.MEMBER);
        MockHttpSession session = logIn(member);
        mvc.perform(get("/review").session(session)).andExpect(status().isForbidden());

        mvc.perform(post("/admin/members/" + member.id() + "/role")
                        .param("role", "EDITOR")
                        .with(csrf())
                        .with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/members/" + member.id()));

        // The old session is ended; a new log-in carries the role.
        mvc.perform(get("/my/cases").session(session)).andExpect(redirectedUrl("/login?changed"));
        mvc.perform(get("/review").session(logIn(member))).andExpect(status().isOk());

        assertThat(audit.entriesAbout(member.id(), 1, 10).items())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.GRANTED_ROLE);
                    assertThat(e.actorId()).isEqualTo(admin.id());
                    assertThat(e.note()).isEqualTo("editor");
                });
        assertThat(TestMail.text(mail(member.email(), "You are now Editor"))).contains("made you Editor");
        mvc.perform(get("/admin/members/" + member.id()).with(as(admin, MemberRole.ADMIN)))
                .andExpect(content().string(containsString("Gave a member a role")))
                .andExpect(content().string(containsString(admin.name())));
    }

    @Test
    void theLastAdminCanNeverBeRevoked() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person other = fixtures.member(MemberRole.ADMIN);
        // Make these two the community's only admins (other tests' admins become editors).
        jdbc.sql("update member set role = 'EDITOR' where role = 'ADMIN' and id not in (?, ?)")
                .params(admin.id(), other.id())
                .update();

        // With two, one may step the other down.
        administration.changeRole(admin.id(), other.id(), MemberRole.MEMBER);

        // The last one cannot be demoted, by themselves or anyone.
        mvc.perform(post("/admin/members/" + admin.id() + "/role")
                        .param("role", "EDITOR")
                        .with(csrf())
                        .with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("needs at least one admin")));
        assertThat(role(admin)).isEqualTo("ADMIN");

        // A suspended admin does not count: suspending the other leaves only one who can log in.
        administration.changeRole(admin.id(), other.id(), MemberRole.ADMIN);
        administration.suspend(admin.id(), other.id(), "Account compromised", null);
        mvc.perform(post("/admin/members/" + admin.id() + "/role")
                        .param("role", "MEMBER")
                        .with(csrf())
                        .with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isBadRequest());
        assertThat(role(admin)).isEqualTo("ADMIN");
        assertThat(audit.entriesAbout(admin.id(), 1, 10).items()).isEmpty();
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 5; round++) {
            Person a = fixtures.member(MemberRole.ADMIN);
            Person b = fixtures.member(MemberRole.ADMIN);
            jdbc.sql("update member set role = 'EDITOR' where role = 'ADMIN' and id not in (?, ?)")
                    .params(a.id(), b.id())
                    .update();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> demote(start, a, b));
                var second = pool.submit(() -> demote(start, b, a));
                assertThat(List.of(first.get(), second.get()))
                        .as("exactly one of the two demotions goes through")
                        .containsExactlyInAnyOrder(true, false);
            } finally {
                pool.shutdown();
            }
            assertThat(jdbc.sql("select count(*) from member where role = 'ADMIN'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private boolean demote(java.util.concurrent.CyclicBarrier start, Person actor, Person target) throws Exception {
        start.await();
        try {
            administration.changeRole(actor.id(), target.id(), MemberRole.MEMBER);
            return true;
        } catch (org.hros.shared.FieldErrorsException e) {
            return false;
        }
    }

    @Test
    void aSuspendedMemberCannotLogInSeesWhyAndLosesTheirSessionsButKeepsTheirContent() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person member = fixtures.member(MemberRole.MEMBER);
        long caseId = fixtures.published(
                member, editor, "Referral bonuses nobody claimed", Outcome.FAILURE, Topic.of("sourcing"));
        String token = fixtures.token(member);
        MockHttpSession session = logIn(member);
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(7);

        mvc.perform(post("/admin/members/" + member.id() + "/suspend")
                        .param("reason", "Repeated sales pitches in replies")
                        .param("until", until.toString())
                        .with(csrf())
                        .with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isFound());

        // The open session ends at its next request; the API token stops working.
        mvc.perform(get("/my/cases").session(session)).andExpect(redirectedUrl("/login?changed"));
        mvc.perform(get("/api/v1/review-queue").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());

        // Logging in is refused, with the reason and the end shown to them.
        MvcResult refused = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?suspended"))
                .andReturn();
        mvc.perform(get("/login?suspended")
                        .session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("Repeated sales pitches in replies")))
                .andExpect(content()
                        .string(containsString("suspended until " + until.getDayOfMonth() + " "
                                + until.getMonth()
                                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))));

        // A wrong password learns nothing of the suspension.
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password("wrong password 123"))
                .andExpect(redirectedUrl("/login?error"));

        // What they wrote stays readable.
        mvc.perform(get("/cases/" + caseId)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases/" + caseId)).andExpect(status().isOk());

        assertThat(TestMail.text(mail(member.email(), "is suspended")))
                .contains("suspended your HROS account until", "Repeated sales pitches in replies");
        assertThat(audit.entriesAbout(member.id(), 1, 10).items())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.SUSPENDED);
                    assertThat(e.note()).contains("Repeated sales pitches in replies");
                });

        // Reinstated, they log in again and are told.
        mvc.perform(post("/admin/members/" + member.id() + "/reinstate")
                        .with(csrf())
                        .with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isFound());
        mvc.perform(get("/my/cases").session(logIn(member))).andExpect(status().isOk());
        assertThat(TestMail.text(mail(member.email(), "back to normal"))).contains("lifted the suspension");
        assertThat(audit.entriesAbout(member.id(), 1, 10).items().get(0).action())
                .isEqualTo(AuditAction.REINSTATED);
    }

    @Test
    void aSuspendedEditorIsNotAmongThoseWhoActAsEditorsUntilTheSuspensionEnds() {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        assertThat(directory.editorIds()).contains(editor.id(), admin.id());
        administration.suspend(
                admin.id(), editor.id(), "Cooling off", clock.instant().plusSeconds(3600));
        // Not told of offers and other editors' work while suspended ...
        assertThat(directory.editorIds()).doesNotContain(editor.id()).contains(admin.id());
        // ... and again once the suspension has run out.
        clock.advance(java.time.Duration.ofHours(2));
        assertThat(directory.editorIds()).contains(editor.id());
    }

    @Test
    void aSuspensionEndsByItselfAtItsDate() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person member = fixtures.member(MemberRole.MEMBER);
        administration.suspend(
                admin.id(), member.id(), "Cooling off", clock.instant().plusSeconds(3600));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?suspended"));
        clock.advance(java.time.Duration.ofHours(2));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSilencedMemberReadsButCannotPostAndIsToldWhy() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person member = fixtures.member(MemberRole.MEMBER);
        long caseId = fixtures.published(author, editor, "Silence test case", Outcome.MIXED, Topic.of("sourcing"));
        String token = fixtures.token(member);

        mvc.perform(post("/admin/members/" + member.id() + "/silence")
                        .param("reason", "Harassing other members")
                        .param("indefinitely", "true")
                        .with(csrf())
                        .with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isFound());
        RequestPostProcessor silenced = as(member, MemberRole.MEMBER);

        // Reading works; the case page says why there is no reply form.
        String page = mvc.perform(get("/discussion/CASE/" + caseId).with(silenced))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("An administrator has silenced you").doesNotContain("name=\"body\"");

        // Posting a reply, a request or a case is refused with the reason, in pages and in the API.
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .param("body", "Buy my tool")
                        .with(csrf())
                        .with(silenced)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You cannot post for now")));
        mvc.perform(post("/requests").param("title", "Anything").with(csrf()).with(silenced))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases").param("title", "Anything").with(csrf()).with(silenced))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Buy my tool\"}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(content().string(containsString("silenced")));
        assertThat(jdbc.sql("select count(*) from reply where author_id = ?")
                        .param(member.id())
                        .query(Long.class)
                        .single())
                .isZero();
        // Logging in still works.
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(TestMail.text(mail(member.email(), "cannot post")))
                .contains("silenced you on HROS until an administrator reinstates you", "Harassing other members");
        assertThat(audit.entriesAbout(member.id(), 1, 10).items().get(0).action())
                .isEqualTo(AuditAction.SILENCED);

        // Reinstated, they post again.
        administration.reinstate(admin.id(), member.id());
        mvc.perform(post("/discussion/CASE/" + caseId + "/replies")
                        .param("body", "Sorry, and thanks for the case.")
                        .with(csrf())
                        .with(silenced))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void formsRefuseBadInputWithTheFieldsMessageNeverA500() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        Person member = fixtures.member(MemberRole.MEMBER);
        String path = "/admin/members/" + member.id();
        RequestPostProcessor asAdmin = as(admin, MemberRole.ADMIN);

        mvc.perform(post(path + "/suspend")
                        .param("reason", " ")
                        .param("indefinitely", "true")
                        .with(csrf())
                        .with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post(path + "/suspend").param("reason", "Spam").with(csrf()).with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a date, or tick")));
        mvc.perform(post(path + "/suspend")
                        .param("reason", "Spam")
                        .param("until", "2020-01-01")
                        .with(csrf())
                        .with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a date after today")));
        mvc.perform(post(path + "/silence")
                        .param("reason", "Spam")
                        .param("until", "next tuesday")
                        .with(csrf())
                        .with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a date")));
        mvc.perform(post(path + "/silence")
                        .param("reason", "x".repeat(501))
                        .param("indefinitely", "true")
                        .with(csrf())
                        .with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("500 characters")));
        mvc.perform(post(path + "/role").param("role", "OVERLORD").with(csrf()).with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose member, editor or admin")));
        mvc.perform(post("/admin/members/" + admin.id() + "/suspend")
                        .param("reason", "Me")
                        .param("indefinitely", "true")
                        .with(csrf())
                        .with(asAdmin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("your own account")));
        mvc.perform(get("/admin/members/999999999").with(asAdmin)).andExpect(status().isNotFound());
        // Without the CSRF token nothing happens.
        mvc.perform(post(path + "/suspend")
                        .param("reason", "Spam")
                        .param("indefinitely", "true")
                        .with(asAdmin))
                .andExpect(status().isForbidden());
        assertThat(administration.account(member.id()).orElseThrow().state()).isEqualTo(MemberState.ACTIVE);
        assertThat(audit.entriesAbout(member.id(), 1, 10).items()).isEmpty();
    }

    private MockHttpSession logIn(Person person) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.email())
                        .password(TestFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String role(Person p) {
        return jdbc.sql("select role from member where id = ?")
                .param(p.id())
                .query(String.class)
                .single();
    }

    /** The newest mail to {@code address} whose subject contains {@code subject}, waiting for it to arrive. */
    static MimeMessage mail(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (true) {
            List<MimeMessage> mails = TestMail.to(address, 0);
            for (int i = mails.size() - 1; i >= 0; i--) {
                if (mails.get(i).getSubject().contains(subject)) {
                    return mails.get(i);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail to " + address + " about " + subject);
            }
            Thread.sleep(50);
        }
    }

    private static List<Long> ids(List<org.hros.member.MemberAccountView> views) {
        return views.stream().map(org.hros.member.MemberAccountView::id).toList();
    }
}
