package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

class MemberAccountTests extends IntegrationTestBase {

    private static final String PASSWORD = "a long enough passphrase";

    private static String newAddress() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private ResultActions signUp(String email, String name, String password) throws Exception {
        return mvc.perform(post("/signup")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", password)
                .param("agree", "true"));
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The one click on the page the verification link opens. */
    private ResultActions confirm(String link) throws Exception {
        return mvc.perform(post("/verify").with(csrf()).param("token", token(link)));
    }

    @Test
    void signUpVerifyByMailThenLogIn() throws Exception {
        String email = newAddress();
        signUp(email, "Robin Newcomer", PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your inbox")));

        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?unverified"))
                .andExpect(unauthenticated());

        List<MimeMessage> mails = TestMail.to(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Confirm your e-mail address for HROS");
        String link = TestMail.link(email, "/verify");
        // Opening the link (as a mail scanner does, too) changes nothing: it asks for one click.
        for (int i = 0; i < 2; i++) {
            mvc.perform(get(link))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Confirm my address and log in")))
                    .andExpect(unauthenticated());
        }
        confirm(link)
                .andExpect(redirectedUrl("/welcome"))
                .andExpect(authenticated().withUsername(email));
        confirm(link)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This link does not work")))
                .andExpect(unauthenticated());
        mvc.perform(get(link)).andExpect(content().string(containsString("This link does not work")));

        // The welcome was neither finished nor skipped: a log-in going nowhere in particular offers it again.
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/welcome"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void theVerificationLinkSignsInWithANewSessionIdAndWorksOnce() throws Exception {
        String email = newAddress();
        signUp(email, "Fixation Probe", PASSWORD).andExpect(status().isOk());
        String link = TestMail.link(email, "/verify");

        // A session an attacker could have planted before the link was followed: its id must not survive.
        MockHttpSession planted = new MockHttpSession();
        String plantedId = planted.getId();
        mvc.perform(get(link).session(planted)).andExpect(unauthenticated());
        MvcResult verified = mvc.perform(
                        post("/verify").session(planted).with(csrf()).param("token", token(link)))
                .andExpect(redirectedUrl("/welcome"))
                .andExpect(authenticated().withUsername(email))
                .andReturn();
        MockHttpSession session = (MockHttpSession) verified.getRequest().getSession(false);
        assertThat(session.getId()).isNotEqualTo(plantedId);

        // Signed in for real: the session opens pages that need a member.
        mvc.perform(get("/welcome").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What are you working on?")));

        // Used up, in this browser and any other.
        confirm(link)
                .andExpect(content().string(containsString("This link does not work")))
                .andExpect(unauthenticated());
        // The confirmation is a form like any other: without its CSRF token it is refused.
        mvc.perform(post("/verify").param("token", token(link))).andExpect(status().isForbidden());
    }

    @Test
    void anExpiredVerificationLinkShowsAPageToAskForANewOne() throws Exception {
        String email = newAddress();
        signUp(email, "Late Reader", PASSWORD).andExpect(status().isOk());
        String link = TestMail.link(email, "/verify");
        clock.advance(java.time.Duration.ofDays(3).plusMinutes(1));
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This link does not work")))
                .andExpect(content().string(containsString("Send a new link")))
                .andExpect(unauthenticated());
        confirm(link)
                .andExpect(content().string(containsString("This link does not work")))
                .andExpect(unauthenticated());
        mvc.perform(get("/verify?token=" + "x".repeat(500)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?unverified"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        TestFixtures.Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password("not the password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void rememberMeSetsALongLivedCookie() throws Exception {
        TestFixtures.Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", member.email())
                        .param("password", TestFixtures.PASSWORD)
                        .param("remember-me", "true"))
                .andExpect(authenticated())
                .andExpect(cookie().exists("remember-me"))
                .andExpect(cookie().httpOnly("remember-me", true))
                .andExpect(cookie().maxAge("remember-me", 60 * 60 * 24 * 30));
    }

    @Test
    void signUpShowsFieldMessagesAndKeepsNothing() throws Exception {
        signUp("not-an-address", "", "short")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address like name@example.org.")))
                .andExpect(content().string(containsString("Enter the name to show.")))
                .andExpect(content().string(containsString("A password has between 12 and 200 characters.")));
        signUp(newAddress(), "Someone Else", "password1234")
                .andExpect(content().string(containsString("common and leaked passwords")))
                .andExpect(content().string(not(containsString("password1234"))));
    }

    @Test
    void passwordResetByMail() throws Exception {
        TestFixtures.Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/password-reset").with(csrf()).param("email", member.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a link is on its way")));
        mvc.perform(post("/password-reset").with(csrf()).param("email", "nobody@test.example"))
                .andExpect(content().string(containsString("a link is on its way")));

        String link = TestMail.link(member.email(), "/password-reset/new");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        mvc.perform(get(link)).andExpect(content().string(containsString("New password")));
        String newPassword = "an entirely new passphrase";
        mvc.perform(post("/password-reset/new")
                        .with(csrf())
                        .param("token", token)
                        .param("password", newPassword))
                .andExpect(redirectedUrl("/login?reset"));
        mvc.perform(post("/password-reset/new")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "yet another passphrase"))
                .andExpect(content().string(containsString("This link is unknown, has been used, or has expired.")));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(member.email())
                        .password(newPassword))
                .andExpect(authenticated());
        assertThat(GreenMailUtil.getBody(TestMail.to(member.email(), 1).get(0))).contains("two hours");
    }

    @Test
    void signUpAndLogInAreRateLimited() throws Exception {
        // Five sign-ups an hour for one e-mail address (a whole office may sign up from one network address).
        String email = newAddress();
        for (int i = 0; i < 5; i++) {
            signUp(email, "Burst " + i, PASSWORD).andExpect(status().isOk());
        }
        signUp(email, "One too many", PASSWORD)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        for (int i = 0; i < 10; i++) {
            mvc.perform(formLogin("/login")
                    .userParameter("email")
                    .user("x@test.example")
                    .password("wrong password"));
        }
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("x@test.example")
                        .password("wrong password"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void profileEditsAndApiTokens() throws Exception {
        TestFixtures.Person member = fixtures.member(MemberRole.MEMBER);
        var me =
                user(new MemberPrincipal(member.id(), member.email(), "x", member.name(), MemberRole.MEMBER, true, ""));
        mvc.perform(post("/profile")
                        .with(me)
                        .with(csrf())
                        .param("displayName", "Renamed Member")
                        .param("headline", "Head of Talent")
                        .param("company", "Secret Employer Ltd")
                        .param("topics", "sourcing"))
                .andExpect(redirectedUrl("/profile"));
        String handle = mvc.perform(get("/profile").with(me))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*href=\"/members/([^\"]+)\".*", "$1");
        mvc.perform(get("/members/" + handle))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Renamed Member")))
                .andExpect(content().string(containsString("Head of Talent")))
                .andExpect(content().string(not(containsString("Secret Employer Ltd"))));

        var created = mvc.perform(post("/profile/tokens")
                        .with(me)
                        .with(csrf())
                        .param("name", "Reporting script")
                        .param("scopes", "READ", "WRITE"))
                .andExpect(redirectedUrl("/profile#tokens"))
                .andReturn();
        String page = mvc.perform(get("/profile").with(me).flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Reporting script").containsPattern("<code>hros_[A-Za-z0-9_-]{40,}</code>");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/signup")
                        .param("email", newAddress())
                        .param("displayName", "No Token")
                        .param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }
}
