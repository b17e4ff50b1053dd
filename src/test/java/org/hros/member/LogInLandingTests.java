package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.hros.platform.web.KeptForms;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A member who logs in with their password before they have had the welcome is taken to it, unless they were going
 * somewhere: the page that asked them to log in, or a form of theirs that was kept. Once done or skipped, the
 * welcome is not offered again.
 */
class LogInLandingTests extends IntegrationTestBase {

    @Test
    void aNewcomerGoingNowhereInParticularIsWelcomedUntilTheyFinishOrSkipIt() throws Exception {
        Person newcomer = fixtures.newcomer(MemberRole.MEMBER);
        MvcResult first = logIn(newcomer, new MockHttpSession());
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/welcome");

        MockHttpSession session = (MockHttpSession) first.getRequest().getSession();
        mvc.perform(post("/welcome/done").session(session).with(csrf()));

        assertThat(logIn(newcomer, new MockHttpSession()).getResponse().getRedirectedUrl())
                .as("the welcome is not offered again")
                .isEqualTo("/");
    }

    @Test
    void aNewcomerSentToLogInByAPageGoesBackToThatPage() throws Exception {
        Person newcomer = fixtures.newcomer(MemberRole.MEMBER);
        MockHttpSession session = new MockHttpSession();
        MvcResult asked = mvc.perform(get("/notifications").session(session)).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");

        assertThat(logIn(newcomer, session).getResponse().getRedirectedUrl()).contains("/notifications");
    }

    @Test
    void aNewcomerWhoseFormWasKeptCollectsItFirst() throws Exception {
        Person newcomer = fixtures.newcomer(MemberRole.MEMBER);
        MvcResult loggedIn = mvc.perform(post("/login")
                        .with(csrf())
                        .cookie(new Cookie(KeptForms.COOKIE, "a-kept-form"))
                        .param("email", newcomer.email())
                        .param("password", TestFixtures.PASSWORD))
                .andReturn();
        assertThat(loggedIn.getResponse().getRedirectedUrl()).isEqualTo("/kept");
    }

    @Test
    void anEstablishedMemberIsNeverSentToTheWelcome() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        assertThat(logIn(member, new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    private MvcResult logIn(Person person, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("email", person.email())
                        .param("password", TestFixtures.PASSWORD))
                .andReturn();
    }
}
