package org.hros.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.hros.casestudy.AttributionMode;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class DiscussionApiTests extends IntegrationTestBase {

    @Test
    void repliesArePostedEditedListedAndRemovedOverJson() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = scene.published(author, "Chatbot screening we switched off", AttributionMode.NAMED);
        String token = "Bearer " + fixtures.token(reader);

        String location = mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"What did candidates say?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author.displayName").value(reader.name()))
                .andExpect(jsonPath("$.html").value("<p>What did candidates say?</p>"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .header("Authorization", "Bearer " + fixtures.token(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"They were relieved.\",\"parentId\":" + id + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentId").value(id))
                .andExpect(jsonPath("$.depth").value(1));

        mvc.perform(put("/api/v1/replies/" + id)
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"What did the candidates say?\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.history[0].html").value("<p>What did candidates say?</p>"));

        mvc.perform(get("/api/v1/cases/" + caseId + "/replies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.replies[0].author.profileUrl")
                        .value("http://localhost:8080/members/" + Scene.handle(reader)))
                .andExpect(jsonPath("$.replies[1].parentId").value(id));

        mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("Write something before posting."));
        mvc.perform(post("/api/v1/cases/" + caseId + "/replies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"anonymous caller\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases/999999999/replies"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/replies/" + id)
                        .header("Authorization", "Bearer " + fixtures.token(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"not mine\"}"))
                .andExpect(status().isForbidden());

        clock.advance(Duration.ofMinutes(20));
        mvc.perform(put("/api/v1/replies/" + id)
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"late\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        mvc.perform(delete("/api/v1/replies/" + id).header("Authorization", token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/replies/" + id))
                .andExpect(jsonPath("$.removed").value(true))
                .andExpect(jsonPath("$.author").value(nullValue()))
                .andExpect(jsonPath("$.html").value(""))
                .andExpect(jsonPath("$.history", hasSize(0)));
    }

    @Test
    void reactionsAreSetAndClearedIdempotentlyOverJson() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = scene.published(author, "Pay transparency we delayed", AttributionMode.NAMED);
        String token = "Bearer " + fixtures.token(reader);
        for (int i = 0; i < 2; i++) {
            mvc.perform(put("/api/v1/cases/" + caseId + "/reactions/HELPED").header("Authorization", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.counts.helped").value(1))
                    .andExpect(jsonPath("$.mine[0]").value("helped"));
        }
        mvc.perform(put("/api/v1/cases/" + caseId + "/reactions/BOOKMARK").header("Authorization", token))
                .andExpect(jsonPath("$.mine", hasSize(2)));
        mvc.perform(get("/api/v1/cases/" + caseId + "/reactions/members").param("kind", "HELPED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].displayName").value(reader.name()))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/me/bookmarks").header("Authorization", token))
                .andExpect(jsonPath("$[0].title").value("Pay transparency we delayed"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(delete("/api/v1/cases/" + caseId + "/reactions/HELPED").header("Authorization", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.counts.helped").value(0));
        }
        mvc.perform(put("/api/v1/cases/" + caseId + "/reactions/APPLAUSE").header("Authorization", token))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(content().string(containsString("/api/v1/cases/{id}/replies")))
                .andExpect(content().string(containsString("/api/v1/replies/{id}/reactions/{kind}")))
                .andExpect(header().doesNotExist("Retry-After"));
    }
}
