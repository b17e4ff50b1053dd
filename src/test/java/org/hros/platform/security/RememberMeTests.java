package org.hros.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class RememberMeTests extends IntegrationTestBase {

    private MvcResult logIn(TestFixtures.Person member) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", member.email())
                        .param("password", TestFixtures.PASSWORD)
                        .param("remember-me", "true"))
                .andReturn();
    }

    private MvcResult openProfile(Cookie rememberMe) throws Exception {
        return mvc.perform(get("/profile").cookie(rememberMe)).andReturn();
    }

    @Test
    void theCookieIsSameSiteLax() throws Exception {
        Cookie cookie = logIn(fixtures.member(MemberRole.MEMBER)).getResponse().getCookie("remember-me");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void severalTabsOpeningAtOnceAreAllSignedIn() throws Exception {
        Cookie cookie = logIn(fixtures.member(MemberRole.MEMBER)).getResponse().getCookie("remember-me");
        // The session has expired: every tab comes back with the remember-me cookie alone, at the same moment.
        ExecutorService tabs = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                requests.add(() -> openProfile(cookie).getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : tabs.invokeAll(requests)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            tabs.shutdown();
        }
        // The old cookie still works a moment later (a slow tab), and so does the new one.
        assertThat(openProfile(cookie).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aReplayedCookieEndsEverySessionAndShowsTheLogInPage() throws Exception {
        TestFixtures.Person member = fixtures.member(MemberRole.MEMBER);
        MvcResult login = logIn(member);
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        Cookie stolen = login.getResponse().getCookie("remember-me");
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());

        // The member's browser uses the cookie and gets a new one.
        MvcResult used = openProfile(stolen);
        assertThat(used.getResponse().getStatus()).isEqualTo(200);
        Cookie renewed = used.getResponse().getCookie("remember-me");
        assertThat(renewed).isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(stolen.getValue());

        // Later a copy of the old cookie turns up elsewhere.
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(get("/profile").cookie(stolen)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/login").param("ended", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("we logged you out everywhere")));

        // Every way in for that member has ended: the open session and the renewed cookie alike.
        mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/login?ended"));
        MvcResult withRenewed = openProfile(renewed);
        // Not signed in: a browser is sent to log in, a client without an Accept header gets 401.
        assertThat(withRenewed.getResponse().getStatus()).isIn(302, 401);

        // Logging in again works.
        MvcResult again = logIn(member);
        mvc.perform(get("/profile").session((MockHttpSession) again.getRequest().getSession(false)))
                .andExpect(status().isOk());
    }
}
