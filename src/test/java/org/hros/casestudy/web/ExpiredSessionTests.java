package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.platform.web.KeptForms;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A page form posted after the session ended (the CSRF token and the log-in went with it) is never answered with
 * JSON: HROS keeps it, the author logs in, and a draft's text is saved for them. The API keeps its problem
 * documents.
 */
class ExpiredSessionTests extends IntegrationTestBase {

    @Autowired
    CaseAuthoring authoring;

    private static final String STORY = "We lost **every** shortlisted nurse to a rival in one week.";

    @Test
    void draftSavedAfterTheSessionEndedIsKeptAndSavedAfterLogIn() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Nurses we lost", Outcome.FAILURE, Topic.of("sourcing"));
        Cookie owner = ownerCookie(author);

        MvcResult refused = mvc.perform(draftForm(id, STORY).cookie(owner).header("Origin", "http://localhost"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(303);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/kept");
        assertThat(String.valueOf(refused.getResponse().getContentType())).doesNotContain("json");
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("\"status\"");
        Cookie kept = refused.getResponse().getCookie(KeptForms.COOKIE);
        assertThat(kept).isNotNull();
        assertThat(kept.isHttpOnly()).isTrue();

        // Not logged in: the kept page sends the author to log in, saying why.
        MvcResult keptPage = mvc.perform(get("/kept").cookie(kept, owner)).andReturn();
        assertThat(keptPage.getResponse().getRedirectedUrl()).isEqualTo("/login?kept");
        String login = mvc.perform(get("/login?kept")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("HROS is keeping it");

        MvcResult loggedIn = mvc.perform(post("/login")
                        .with(csrf())
                        .cookie(kept, owner)
                        .param("email", author.email())
                        .param("password", TestFixtures.PASSWORD))
                .andReturn();
        assertThat(loggedIn.getResponse().getRedirectedUrl()).isEqualTo("/kept");
        MockHttpSession session = (MockHttpSession) loggedIn.getRequest().getSession();

        MvcResult saved =
                mvc.perform(get("/kept").session(session).cookie(kept, owner)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my/cases/" + id);
        assertThat(saved.getFlashMap().get("flash")).isEqualTo("kept.saved");
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).isEqualTo(STORY);
        assertThat(saved.getResponse().getCookie(KeptForms.COOKIE).getMaxAge()).isZero();

        // Collected once: a second visit saves nothing again.
        MvcResult again =
                mvc.perform(get("/kept").session(session).cookie(kept, owner)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString()).contains("There is nothing waiting here");
    }

    @Test
    void withKeepMeLoggedInTheTextIsSavedAsTheAuthorComesBack() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Remembered", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult login = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", author.email())
                        .param("password", TestFixtures.PASSWORD)
                        .param("remember-me", "true"))
                .andReturn();
        Cookie rememberMe = login.getResponse().getCookie("remember-me");
        Cookie owner = ownerCookie(author);

        // The session is gone; only the remember-me cookie is left, and the form's CSRF token is stale.
        MvcResult refused = mvc.perform(draftForm(id, STORY)
                        .param("_csrf", "stale-token-from-the-old-session")
                        .cookie(rememberMe, owner)
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/kept");
        Cookie kept = refused.getResponse().getCookie(KeptForms.COOKIE);

        MvcResult saved =
                mvc.perform(get("/kept").cookie(rememberMe, owner, kept)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my/cases/" + id);
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).isEqualTo(STORY);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWithAPageAndNotKept() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Forged", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult forged = mvc.perform(draftForm(id, "Words put in my mouth")
                        .cookie(ownerCookie(author))
                        .header("Origin", "https://evil.example")
                        .accept("text/html"))
                .andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(forged.getResponse().getCookie(KeptForms.COOKIE)).isNull();
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).doesNotContain("mouth");
    }

    @Test
    void aKeptFormIsForgottenAfterHalfAnHour() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Too late", Outcome.FAILURE, Topic.of("sourcing"));
        Cookie owner = ownerCookie(author);
        Cookie kept = mvc.perform(draftForm(id, "Written, then left for lunch")
                        .cookie(owner)
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn()
                .getResponse()
                .getCookie(KeptForms.COOKIE);
        assertThat(kept.getMaxAge()).isEqualTo(30 * 60);
        clock.advance(java.time.Duration.ofMinutes(31));

        MvcResult page = mvc.perform(get("/kept").with(user(details(author))).cookie(kept, owner))
                .andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("There is nothing waiting here");
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).doesNotContain("lunch");
    }

    @Test
    void aFormFromABrowserThatNamesNoMemberIsNotKeptButExplained() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Unknown browser", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult refused = mvc.perform(
                        draftForm(id, "Nobody vouches for this browser").header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?ended-session");
        assertThat(refused.getResponse().getCookie(KeptForms.COOKIE)).isNull();
        assertThat(mvc.perform(get("/login?ended-session"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Your session had ended");
    }

    @Test
    void aKeptFormIsNeverGivenToAnotherMemberOnTheSameComputer() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person next = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Private failure", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult refused = mvc.perform(draftForm(id, "Only I may read this")
                        .cookie(ownerCookie(author))
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        Cookie kept = refused.getResponse().getCookie(KeptForms.COOKIE);

        MvcResult page = mvc.perform(get("/kept").with(user(details(next))).cookie(kept, ownerCookie(author)))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("There is nothing waiting here")
                .doesNotContain("Only I may read this");
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).doesNotContain("Only I may");
    }

    @Test
    void aFormNoModuleSavesIsShownToSendAgainWithAFreshToken() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Cookie owner = ownerCookie(member);
        MvcResult refused = mvc.perform(post("/requests")
                        .param("title", "Sourcing nurses in rural areas")
                        .param("description", "How do others find nurses where few live?")
                        .cookie(owner)
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/kept");
        Cookie kept = refused.getResponse().getCookie(KeptForms.COOKIE);
        MvcResult page = mvc.perform(get("/kept").with(user(details(member))).cookie(kept, owner))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getContentType()).startsWith("text/html");
        assertThat(html)
                .contains("action=\"/requests\"")
                .contains("How do others find nurses where few live?")
                .contains("name=\"_csrf\"");
    }

    @Test
    void anHtmxAutosaveAfterTheSessionEndedIsSentToTheKeptPage() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Autosaved", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult refused = mvc.perform(draftForm(id, STORY)
                        .cookie(ownerCookie(author))
                        .header("HX-Request", "true")
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        assertThat(refused.getResponse().getHeader("HX-Redirect")).isEqualTo("/kept");
        assertThat(refused.getResponse().getCookie(KeptForms.COOKIE)).isNotNull();
    }

    @Test
    void pagesAnswerRefusalsWithHtmlAndTheApiWithProblemDocuments() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        MvcResult page = mvc.perform(get("/review").with(user(details(member))).accept("text/html"))
                .andReturn();
        // The status goes to the error page (HtmlErrorController), not to a problem writer.
        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        assertThat(String.valueOf(page.getResponse().getContentType())).doesNotContain("json");
        assertThat(page.getResponse().getContentAsString()).doesNotContain("Forbidden");

        MvcResult api = mvc.perform(post("/api/v1/cases/1/publish")
                        .with(user(details(member)))
                        .with(csrf())
                        .accept("text/html"))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");

        // A session cookie without its CSRF token on the API: still a problem document, never a redirect.
        MvcResult stale = mvc.perform(post("/api/v1/cases")
                        .cookie(new Cookie("JSESSIONID", "expired"))
                        .header("Sec-Fetch-Site", "same-origin")
                        .contentType("application/json")
                        .content("{}"))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(403);
        assertThat(stale.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(stale.getResponse().getCookie(KeptForms.COOKIE)).isNull();
    }

    private MockHttpServletRequestBuilder draftForm(long id, String wrong) {
        return post("/my/cases/" + id)
                .param("type", "CASE_STUDY")
                .param("title", "Nurses we lost")
                .param("outcome", "FAILURE")
                .param("topics", "sourcing")
                .param("summary", "A summary")
                .param("wrong", wrong)
                .param("attribution", "NAMED")
                .param("licence", "CC_BY_4_0")
                .param("action", "save");
    }

    /** The cookie a member's browser gets on any page they open signed in. */
    private Cookie ownerCookie(Person member) throws Exception {
        Cookie cookie = mvc.perform(get("/my/cases").with(user(details(member))))
                .andReturn()
                .getResponse()
                .getCookie(KeptForms.OWNER_COOKIE);
        assertThat(cookie).isNotNull();
        return cookie;
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    private org.springframework.security.core.userdetails.UserDetails details(Person member) {
        return accounts.loadUserByUsername(member.email());
    }
}
