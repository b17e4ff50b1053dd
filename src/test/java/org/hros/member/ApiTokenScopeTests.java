package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Personal access tokens carry scopes: a read-only token reads and is refused every change, naming the scope. */
class ApiTokenScopeTests extends IntegrationTestBase {

    private static final String REQUEST = """
            {"title":"Scorecards for structured interviews that stick","description":"We want **scorecards**.",
             "topics":["interviewing"],"skills":["structured-interviewing"]}""";

    @Test
    void aReadOnlyTokenReadsButEveryChangeIsRefusedNamingTheWriteScope() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        RequestPostProcessor me = me(member);
        String readOnly = createToken(me, "Dashboard", "READ");
        String readWrite = createToken(me, "Sync job", "READ", "WRITE");

        mvc.perform(get("/api/v1/me/bookmarks").header("Authorization", "Bearer " + readOnly))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/requests")
                        .header("Authorization", "Bearer " + readOnly)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.missingScope").value("write"));
        mvc.perform(put("/api/v1/requests/1/vote").header("Authorization", "Bearer " + readOnly))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.missingScope").value("write"));

        mvc.perform(post("/api/v1/requests")
                        .header("Authorization", "Bearer " + readWrite)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST))
                .andExpect(status().isCreated());
        // Tokens made before scopes existed, like the fixtures' ones, read and write as they always did.
        mvc.perform(post("/api/v1/requests")
                        .header("Authorization", "Bearer " + fixtures.token(member))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST.replace("Scorecards", "Rubrics")))
                .andExpect(status().isCreated());

        String page = mvc.perform(get("/profile").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("(?s)Dashboard</td>.*?Read only</td>")
                .containsPattern("(?s)Sync job</td>.*?Read and write</td>");
    }

    @Test
    void aTokenNeedsAScopeThatExists() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/profile/tokens").with(me(member)).with(csrf()).param("name", "No scope"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose at least one scope")));
        mvc.perform(post("/profile/tokens")
                        .with(me(member))
                        .with(csrf())
                        .param("name", "Too much")
                        .param("scopes", "ADMIN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose read, write or both.")));
        String page = mvc.perform(get("/profile").with(me(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("You have no tokens.");
    }

    private String createToken(RequestPostProcessor me, String name, String... scopes) throws Exception {
        var created = mvc.perform(post("/profile/tokens")
                        .with(me)
                        .with(csrf())
                        .param("name", name)
                        .param("scopes", scopes))
                .andExpect(redirectedUrl("/profile#tokens"))
                .andReturn();
        return (String) created.getFlashMap().get("newToken");
    }

    private static RequestPostProcessor me(Person p) {
        return user(new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, ""));
    }
}
