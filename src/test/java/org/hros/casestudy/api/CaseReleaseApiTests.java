package org.hros.casestudy.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The employer approver and the embargo, as API clients set them on a draft. */
class CaseReleaseApiTests extends IntegrationTestBase {

    private ResultActions saveDraft(String token, String release) throws Exception {
        return mvc.perform(post("/api/v1/cases")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"SPARK\",\"title\":\"Spark with release settings\"," + release + "}"));
    }

    @Test
    void draftKeepsTheApproverAndTheEmbargo() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        Instant until = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        saveDraft(token, "\"approverEmail\":\"legal@employer.example\",\"embargoUntil\":\"" + until + "\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approverEmail").value("legal@employer.example"))
                .andExpect(jsonPath("$.embargoUntil").value(until.toString()));
    }

    @Test
    void badApproverAddressIsAFieldError() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        saveDraft(token, "\"approverEmail\":\"legal at employer\"")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("approverEmail")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Enter an e-mail address like name@example.org.")));
        saveDraft(token, "\"approverEmail\":\"" + "a".repeat(250) + "@employer.example\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("approverEmail")));
    }

    @Test
    void embargoMustBeAnInstantInTheFuture() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.MEMBER));
        saveDraft(token, "\"embargoUntil\":\"next tuesday\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("embargoUntil")))
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        hasItem("Give the time as an ISO-8601 instant, e.g. 2026-05-04T09:00:00Z.")));
        saveDraft(token, "\"embargoUntil\":\"2020-01-01T00:00:00Z\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("embargoUntil")))
                .andExpect(jsonPath("$.errors[*].field", not(hasItem("approverEmail"))));
    }
}
