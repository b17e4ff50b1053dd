package org.hros.request.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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

class RequestApiTests extends IntegrationTestBase {

    private static final String REQUEST = """
            {"title":"API request about structured interviews","description":"We want **scorecards** that stick.",
             "topics":["interviewing"],"skills":["structured-interviewing"],"sizeBand":"201-500","industry":"retail"}
            """;

    private long create(String token, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/requests")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/requests/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void membersCreateVoteAndFollowWithATokenAndAnyoneReads() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person voter = fixtures.member(MemberRole.MEMBER);
        String voterToken = fixtures.token(voter);
        long id = create(fixtures.token(poster), REQUEST);

        mvc.perform(get("/api/v1/requests/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.descriptionHtml").value(containsString("<strong>scorecards</strong>")))
                .andExpect(jsonPath("$.topics[0]").value("interviewing"))
                .andExpect(jsonPath("$.sizeBand").value("201-500"))
                .andExpect(jsonPath("$.poster.displayName").value(poster.name()))
                .andExpect(jsonPath("$.followers").value(1))
                .andExpect(jsonPath("$.history[0].to").value("OPEN"));

        for (int i = 0; i < 2; i++) {
            mvc.perform(put("/api/v1/requests/" + id + "/vote").header("Authorization", "Bearer " + voterToken))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.votes").value(1))
                    .andExpect(jsonPath("$.voted").value(true));
        }
        mvc.perform(put("/api/v1/requests/" + id + "/follow").header("Authorization", "Bearer " + voterToken))
                .andExpect(jsonPath("$.following").value(true))
                .andExpect(jsonPath("$.followers").value(2));
        mvc.perform(get("/api/v1/requests?mine=voted&sort=newest").header("Authorization", "Bearer " + voterToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(get("/api/v1/requests?topic=interviewing&skill=structured-interviewing&status=open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(delete("/api/v1/requests/" + id + "/vote").header("Authorization", "Bearer " + voterToken))
                .andExpect(jsonPath("$.votes").value(0));
        mvc.perform(delete("/api/v1/requests/" + id + "/follow").header("Authorization", "Bearer " + voterToken))
                .andExpect(jsonPath("$.following").value(false));
    }

    @Test
    void errorsAreProblemDocuments() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        String token = fixtures.token(member);
        mvc.perform(post("/api/v1/requests")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Short\",\"description\":\"\",\"topics\":[\"nope\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("topics")));
        mvc.perform(post("/api/v1/requests")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Short\",\"description\":\"\",\"topics\":[\"sourcing\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")));
        mvc.perform(post("/api/v1/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/requests?mine=voted")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/requests?sort=loudest")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/requests?size=1000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/requests/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/requests/999999999/vote").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        long id = create(token, REQUEST);
        mvc.perform(post("/api/v1/requests/" + id + "/status")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SOURCING\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void editorsSetStatusMergeAndLinkCases() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String posterToken = fixtures.token(poster);
        String editorToken = fixtures.token(editor);
        long keep = create(posterToken, REQUEST);
        long duplicate = create(posterToken, REQUEST.replace("API request", "Duplicate API request"));

        mvc.perform(post("/api/v1/requests/" + keep + "/status")
                        .header("Authorization", "Bearer " + editorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/requests/" + keep + "/status")
                        .header("Authorization", "Bearer " + editorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SOURCING\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SOURCING"));
        mvc.perform(post("/api/v1/requests/" + duplicate + "/merge")
                        .header("Authorization", "Bearer " + editorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\":" + keep + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value((int) keep));
        mvc.perform(get("/api/v1/requests/" + duplicate))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closeReason").value("DUPLICATE"))
                .andExpect(jsonPath("$.mergedIntoId").value((int) keep));

        long caseId =
                fixtures.published(poster, editor, "Scorecards that stuck", Outcome.SUCCESS, Topic.of("interviewing"));
        mvc.perform(post("/api/v1/requests/" + keep + "/cases")
                        .header("Authorization", "Bearer " + editorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseRef\":\"" + caseId + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.cases[0].id").value(caseId));

        // A link made by mistake is undone: the request goes back to where it stood before it was answered.
        mvc.perform(delete("/api/v1/requests/" + keep + "/cases/" + caseId)
                        .header("Authorization", "Bearer " + fixtures.token(poster)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/requests/" + keep + "/cases/" + caseId)
                        .header("Authorization", "Bearer " + editorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SOURCING"))
                .andExpect(jsonPath("$.cases").isEmpty());
    }

    @Test
    void theOpenApiDocumentDescribesRequests() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/requests/{id}/vote")))
                .andExpect(content().string(containsString("/api/v1/requests/{id}/merge")));
    }
}
