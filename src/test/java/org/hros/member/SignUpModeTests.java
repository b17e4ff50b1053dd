package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hros.member.domain.MemberService;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.site.domain.SiteSettingsService;
import org.hros.support.IntegrationTestBase;
import org.hros.support.SiteScene;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The three ways to join: open (as always, see {@link MemberAccountTests}), invitation only (the form explains how
 * to get one and refuses without), and open with approval (the account waits, reads but cannot post, until an admin
 * or editor approves or declines it, and is told by mail either way).
 */
class SignUpModeTests extends IntegrationTestBase {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    SiteSettingsService settings;

    @Autowired
    MemberService members;

    @Autowired
    MemberAdministration administration;

    @Autowired
    AuditLog audit;

    Person admin;
    SiteScene scene;

    @BeforeEach
    void anAdmin() {
        admin = fixtures.member(MemberRole.ADMIN);
        scene = new SiteScene(settings, admin.id());
    }

    @AfterEach
    void putTheSettingsBack() {
        scene.close();
    }

    private static String newAddress() {
        return "mode-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private ResultActions signUp(String email, String name) throws Exception {
        return mvc.perform(post("/signup")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", PASSWORD)
                .param("agree", "true"));
    }

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    @Test
    void invitationOnlyExplainsHowToGetOneAndRefusesWithout() throws Exception {
        scene.signUp(SignUpMode.INVITATION);
        mvc.perform(get("/signup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"invitation-only\"")))
                .andExpect(content().string(containsString("New members join with an invitation")));
        String email = newAddress();
        signUp(email, "Uninvited Guest")
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("id=\"invitation-only\"")));
        assertThat(members.exists(email)).isFalse();
        // A made-up invitation is no invitation.
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Forger")
                        .param("password", PASSWORD)
                        .param("agree", "true")
                        .param("invitation", "made-up-secret"))
                .andExpect(status().isForbidden());
        assertThat(members.exists(email)).isFalse();
    }

    @Test
    void withApprovalTheNewAccountWaitsReadsButCannotPostUntilAnEditorApproves() throws Exception {
        scene.signUp(SignUpMode.APPROVAL);
        mvc.perform(get("/signup")).andExpect(content().string(containsString("id=\"approval-note\"")));
        String email = newAddress();
        signUp(email, "Patient Newcomer")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("waits for approval")));

        // Verifying the address signs them in, onto the page that says they wait.
        String link = TestMail.link(email, "/verify");
        MvcResult verified = mvc.perform(
                        post("/verify").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)))
                .andExpect(redirectedUrl("/waiting"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) verified.getRequest().getSession(false);
        mvc.perform(get("/waiting").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your account is waiting for approval")));
        mvc.perform(post("/requests").session(session).with(csrf()).param("title", "May I post?"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("you can post only once the community team")));
        // Logging in with the password lands on the same page.
        mvc.perform(formLogin("/login").user("email", email).password(PASSWORD)).andExpect(redirectedUrl("/waiting"));

        long id = waitingId(email);
        // Editors and admins are told someone waits (the admin of this test existed before the sign-up).
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/notifications").with(user(principal(admin, MemberRole.ADMIN))))
                        .andExpect(
                                content().string(containsString("Patient Newcomer signed up and waits for approval"))));
        Person editor = fixtures.member(MemberRole.EDITOR);
        mvc.perform(get("/review/members").with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/review/members/" + id + "/approve")
                        .with(csrf())
                        .with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(redirectedUrl("/review/members"));

        assertThat(administration.account(id).orElseThrow().state()).isEqualTo(MemberState.ACTIVE);
        List<MimeMessage> mails = TestMail.to(email, 2);
        assertThat(mails.get(mails.size() - 1).getSubject()).isEqualTo("Your account is approved");
        assertThat(audit.entriesAbout(id, 1, 10).items())
                .anyMatch(e -> e.action() == AuditAction.APPROVED_MEMBER && e.actorId() == editor.id());
        mvc.perform(get("/waiting").session(session)).andExpect(redirectedUrl("/"));
        // Deciding twice is refused: someone decided already.
        mvc.perform(post("/review/members/" + id + "/decline")
                        .with(csrf())
                        .with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isConflict());
    }

    @Test
    void aDeclinedAccountIsToldByMailAndCannotLogIn() throws Exception {
        scene.signUp(SignUpMode.APPROVAL);
        String email = newAddress();
        signUp(email, "Turned Away").andExpect(status().isOk());
        String link = TestMail.link(email, "/verify");
        long id = waitingId(email);

        // Admins find waiting accounts in the member directory, filtered "waiting", with the buttons to decide.
        mvc.perform(get("/admin/members").param("state", "WAITING").with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("/review/members/" + id + "/decline")));
        mvc.perform(post("/review/members/" + id + "/decline")
                        .header("Referer", "http://localhost:8080/admin/members?state=WAITING")
                        .with(csrf())
                        .with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(redirectedUrl("/admin/members?state=WAITING"));

        List<MimeMessage> mails = TestMail.to(email, 2);
        assertThat(mails.get(mails.size() - 1).getSubject()).isEqualTo("Your sign-up was declined");
        assertThat(administration.account(id).orElseThrow().state()).isEqualTo(MemberState.DECLINED);
        assertThat(audit.entriesAbout(id, 1, 10).items())
                .anyMatch(e -> e.action() == AuditAction.DECLINED_MEMBER && e.actorId() == admin.id());

        mvc.perform(post("/verify").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)))
                .andExpect(redirectedUrl("/login?suspended"));
        MvcResult refused = mvc.perform(formLogin("/login").user("email", email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?suspended"))
                .andReturn();
        mvc.perform(get("/login?suspended")
                        .session((MockHttpSession) refused.getRequest().getSession(false)))
                .andExpect(content().string(containsString("id=\"declined\"")));
    }

    @Test
    void membersCannotDecideOnWaitingAccounts() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/review/members").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/members/" + member.id() + "/approve")
                        .with(csrf())
                        .with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/review/members")).andExpect(status().is3xxRedirection());
    }

    private long waitingId(String email) {
        return administration
                .search(new MemberQuery(email, null, MemberState.WAITING, 1))
                .items()
                .get(0)
                .id();
    }
}
