package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hros.member.domain.MemberService;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditEntryView;
import org.hros.moderation.AuditLog;
import org.hros.shared.Secrets;
import org.hros.site.domain.SiteSettingsService;
import org.hros.support.IntegrationTestBase;
import org.hros.support.SiteScene;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Admins and editors invite people by e-mail: a private link, used once, valid fourteen days, kept only as a hash;
 * the list shows where each stands and revokes pending ones; the inviter hears when someone joins with theirs.
 */
class InvitationTests extends IntegrationTestBase {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    SiteSettingsService settings;

    @Autowired
    MemberService members;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    Person admin;
    Person editor;
    SiteScene scene;

    @BeforeEach
    void inviters() {
        admin = fixtures.member(MemberRole.ADMIN);
        editor = fixtures.member(MemberRole.EDITOR);
        scene = new SiteScene(settings, admin.id()).signUp(SignUpMode.INVITATION);
    }

    @AfterEach
    void putTheSettingsBack() {
        scene.close();
    }

    private static String newAddress() {
        return "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    private ResultActions invite(Person by, MemberRole role, String email) throws Exception {
        return mvc.perform(post("/invitations")
                .with(csrf())
                .with(user(principal(by, role)))
                .param("email", email));
    }

    /** The path and query of the link in the invitation mail. */
    private static String linkFor(String email) {
        return TestMail.link(email, "/signup?invitation=");
    }

    private static String secret(String link) {
        return link.substring(link.indexOf("invitation=") + "invitation=".length());
    }

    private ResultActions join(String email, String name, String secret) throws Exception {
        return mvc.perform(post("/signup")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", PASSWORD)
                .param("agree", "true")
                .param("invitation", secret));
    }

    @Test
    void anInvitedPersonJoinsOnceWithTheLinkAndTheInviterIsTold() throws Exception {
        String email = newAddress();
        invite(editor, MemberRole.EDITOR, email).andExpect(redirectedUrl("/invitations"));
        String link = linkFor(email);
        String secret = secret(link);

        // Only the hash of the secret is stored.
        Map<String, Object> row = jdbc.sql("select * from invitation where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(row.get("token_hash")).isEqualTo(Secrets.sha256(secret));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(containsString("name=\"invitation\" value=\"" + secret + "\"")));
        join(email, "Invited Iris", secret).andExpect(redirectedUrl("/welcome")).andExpect(authenticated());
        assertThat(members.exists(email)).isTrue();

        // The inviter is told, by a notice.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/notifications").with(user(principal(editor, MemberRole.EDITOR))))
                        .andExpect(content().string(containsString("Invited Iris joined with your invitation"))));

        // The link is used up: it says so, and cannot open the door again.
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This invitation was used already")));
        join(newAddress(), "Second Comer", secret).andExpect(status().isForbidden());

        mvc.perform(get("/invitations").with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("invitation-status--used")));
        List<AuditAction> actions = audit.entries(1, 100).items().stream()
                .filter(e -> e.note() != null && e.note().contains("invitation " + row.get("id")))
                .map(AuditEntryView::action)
                .toList();
        assertThat(actions).contains(AuditAction.SENT_INVITATION, AuditAction.JOINED_BY_INVITATION);
    }

    @Test
    void aLinkExpiresAfterFourteenDays() throws Exception {
        String email = newAddress();
        invite(admin, MemberRole.ADMIN, email).andExpect(redirectedUrl("/invitations"));
        String link = linkFor(email);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This invitation has expired")));
        join(email, "Too Late", secret(link)).andExpect(status().isForbidden());
        assertThat(members.exists(email)).isFalse();
        mvc.perform(get("/invitations").with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(content().string(containsString("invitation-status--expired")));
    }

    @Test
    void aRevokedLinkSaysSoAndCannotBeRevokedTwice() throws Exception {
        String email = newAddress();
        invite(editor, MemberRole.EDITOR, email).andExpect(redirectedUrl("/invitations"));
        String link = linkFor(email);
        long id = jdbc.sql("select id from invitation where email = ?")
                .param(email)
                .query(Long.class)
                .single();
        mvc.perform(post("/invitations/" + id + "/revoke").with(csrf()).with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(redirectedUrl("/invitations"));
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This invitation was withdrawn")));
        join(email, "Withdrawn", secret(link)).andExpect(status().isForbidden());
        mvc.perform(post("/invitations/" + id + "/revoke").with(csrf()).with(user(principal(admin, MemberRole.ADMIN))))
                .andExpect(status().isConflict());
        assertThat(audit.entries(1, 100).items())
                .anyMatch(e ->
                        e.action() == AuditAction.REVOKED_INVITATION && e.note().contains(email));
    }

    @Test
    void badAddressesMembersAndDuplicatesAreRefusedByField() throws Exception {
        invite(editor, MemberRole.EDITOR, "not an address")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"email-error\"")));
        invite(editor, MemberRole.EDITOR, admin.email())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This address already belongs to a member.")));
        String email = newAddress();
        invite(editor, MemberRole.EDITOR, email).andExpect(redirectedUrl("/invitations"));
        invite(admin, MemberRole.ADMIN, email)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This address has a pending invitation already.")));
        mvc.perform(get("/signup?invitation=nothing-like-a-secret"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This invitation link does not work")));
    }

    @Test
    void onlyEditorsAndAdminsInviteAndTheyAreRateLimited() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/invitations").with(user(principal(member, MemberRole.MEMBER))))
                .andExpect(status().isForbidden());
        invite(member, MemberRole.MEMBER, newAddress()).andExpect(status().isForbidden());
        mvc.perform(get("/invitations")).andExpect(status().is3xxRedirection());

        for (int i = 0; i < 20; i++) {
            invite(editor, MemberRole.EDITOR, newAddress()).andExpect(redirectedUrl("/invitations"));
        }
        String refused = newAddress();
        invite(editor, MemberRole.EDITOR, refused).andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("select count(*) from invitation where email = ?")
                        .param(refused)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void withApprovalAnInvitedPersonNeedsNoApproval() throws Exception {
        scene.signUp(SignUpMode.APPROVAL);
        String email = newAddress();
        invite(admin, MemberRole.ADMIN, email).andExpect(redirectedUrl("/invitations"));
        join(email, "Welcome Guest", secret(linkFor(email))).andExpect(redirectedUrl("/welcome"));
        // Invited people need no approval: they may post at once.
        assertThat(members.signUpMode()).isEqualTo(SignUpMode.APPROVAL);
        long id = jdbc.sql("select id from member where email = ?")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select approval from member where id = ?")
                        .param(id)
                        .query()
                        .singleRow()
                        .get("approval"))
                .isNull();
    }
}
