package org.hros.casestudy.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class CaseApiTests extends IntegrationTestBase {

    private static final String DRAFT = """
            {"type":"CASE_STUDY","title":"Our ATS migration ghosted four hundred applicants","outcome":"FAILURE",
             "topics":["candidate-experience"],"skills":["ats-automation"],
             "context":{"sizeBand":"201-500","industry":"retail","region":"europe","teamSize":3,"year":2024},
             "licence":"CC_BY_SA_4_0","vendorDisclosure":"None.","attribution":"NAMED",
             "sections":{"summary":"We moved ATS.","challenge":"Old one was slow.","whatWeDid":"Migrated in a weekend.",
               "results":"Four hundred applicants heard nothing.","wrong":"No **status** mapping. <script>alert(1)</script>",
               "differently":"Map statuses first.","lessons":"Test with real candidates."}}
            """;

    @Test
    void authorCreatesUpdatesAndSubmitsADraftWithAToken() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String token = fixtures.token(author);

        MvcResult created = mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cases/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.licence").value("CC_BY_SA_4_0"))
                .andReturn();
        long id = JsonPath.<Number>read(created.getResponse().getContentAsString(), "$.id")
                .longValue();
        int version = JsonPath.read(created.getResponse().getContentAsString(), "$.version");

        mvc.perform(put("/api/v1/cases/" + id)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT.replace(
                                        "\"attribution\":\"NAMED\"", "\"attribution\":\"NAMED\",\"version\":" + version)
                                .replace("ghosted four hundred", "ghosted 400")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Our ATS migration ghosted 400 applicants"));

        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void staleUpdateIsAConflict() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String token = fixtures.token(author);
        long id = fixtures.draft(author, "Stale case for conflicts", Outcome.MIXED, Topic.of("sourcing"));
        String body = DRAFT.replace("\"attribution\":\"NAMED\"", "\"attribution\":\"NAMED\",\"version\":0");
        mvc.perform(put("/api/v1/cases/" + id)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/cases/" + id)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badInputGetsFieldMessages() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CASE_STUDY\",\"title\":\"\",\"topics\":[\"a\",\"b\",\"c\",\"d\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("topics")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"NOVEL\",\"title\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT.replace(
                                "\"licence\":\"CC_BY_SA_4_0\"",
                                "\"licence\":\"CC_BY_SA_4_0\",\"topics\":[\"astrology\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("topics")));
    }

    @Test
    void incompleteSubmissionNamesTheMissingSections() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String token = fixtures.token(author);
        MvcResult created = mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"SPARK\",\"title\":\"Half a spark\",\"sections\":{\"why\":\"Because.\"}}"))
                .andExpect(status().isCreated())
                .andReturn();
        long id = JsonPath.<Number>read(created.getResponse().getContentAsString(), "$.id")
                .longValue();
        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("what")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("outcome")))
                .andExpect(jsonPath("$.errors[*].field", not(hasItem("why"))));
    }

    @Test
    void writingNeedsAuthenticationAndAValidToken() throws Exception {
        mvc.perform(post("/api/v1/cases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer hros_not-a-real-token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String token = fixtures.token(author);
        long tokenId = fixtures.tokens().list(author.id()).get(0).id();
        fixtures.tokens().revoke(author.id(), tokenId);
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void someoneElsesDraftIsNotFound() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Private draft of another", Outcome.FAILURE, Topic.of("onboarding"));
        String intruder = fixtures.token(fixtures.member(MemberRole.MEMBER));
        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + intruder))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void membersCannotUseTheEditorsEndpoints() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String token = fixtures.token(author);
        long id = fixtures.draft(author, "Trying to self publish", Outcome.SUCCESS, Topic.of("sourcing"));
        fixtures.authoring().submit(author.id(), id);
        mvc.perform(get("/api/v1/review-queue").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cases/" + id + "/publish").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void editorReturnsWithNotesThenPublishesAndTheCaseIsOpenData() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String authorToken = fixtures.token(author);
        String editorToken = fixtures.token(editor);
        long id = fixtures.draft(author, "Referral bonus that backfired", Outcome.FAILURE, Topic.of("sourcing"));
        fixtures.authoring().submit(author.id(), id);

        mvc.perform(get("/api/v1/review-queue").header("Authorization", "Bearer " + editorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(
                        post("/api/v1/cases/" + id + "/return")
                                .header("Authorization", "Bearer " + editorToken)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"message\":\"Nearly there.\",\"notes\":[{\"section\":\"results\",\"body\":\"Add the numbers.\"}]}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + authorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[*].body", hasItem("Add the numbers.")));
        mvc.perform(post("/api/v1/cases/" + id + "/publish").header("Authorization", "Bearer " + editorToken))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.licence.code").value("CC_BY_4_0"))
                .andExpect(jsonPath("$.licence.url").value("https://creativecommons.org/licenses/by/4.0/"))
                .andExpect(jsonPath("$.attribution.mode").value("NAMED"))
                .andExpect(jsonPath("$.attribution.name").value(author.name()))
                .andExpect(jsonPath("$.sections.summary").value(containsString("<strong>summary</strong>")));
        mvc.perform(get("/api/v1/cases").param("topic", "sourcing").param("outcome", "failure"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/cases").param("topic", "astrology")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases").param("size", "1000")).andExpect(status().isBadRequest());
    }

    @Test
    void storedHtmlIsSanitised() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String token = fixtures.token(author);
        MvcResult created = mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andReturn();
        long id = JsonPath.<Number>read(created.getResponse().getContentAsString(), "$.id")
                .longValue();
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(jsonPath("$.sections.wrong").value(containsString("<strong>status</strong>")))
                .andExpect(jsonPath("$.sections.wrong").value(not(containsString("<script"))));
    }

    @Test
    void withdrawnCaseIsGone() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.published(author, editor, "A case to withdraw", Outcome.MIXED, Topic.of("dei"));
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isOk());
        fixtures.authoring().withdraw(author.id(), id);
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/cases/" + id).accept(MediaType.TEXT_HTML)).andExpect(status().isGone());
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        String huge = "x".repeat(1_100_000);
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"SPARK\",\"title\":\"" + huge + "\"}"))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void postingIsRateLimitedWithRetryAfter() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        int last = 0;
        for (int i = 0; i < 31; i++) {
            last = mvc.perform(post("/api/v1/cases")
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"SPARK\",\"title\":\"Spark number " + i + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        org.assertj.core.api.Assertions.assertThat(last).isEqualTo(429);
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"SPARK\",\"title\":\"One too many\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void openApiDocumentListsTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/submit']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/review-queue']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/publish']").exists());
    }

    @Test
    void theApiDescriptionIsPublicAsYamlToo() throws Exception {
        mvc.perform(get("/v3/api-docs.yaml"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cases:")));
    }
}
