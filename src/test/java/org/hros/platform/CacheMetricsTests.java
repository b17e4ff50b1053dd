package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * The caches that keep HROS's costly answers are bounded libraries' caches, and their hits and misses reach
 * Prometheus under Micrometer's usual names, so an operator sees whether they earn their memory.
 */
class CacheMetricsTests extends IntegrationTestBase {

    @Test
    void listingAndSearchCachesReportTheirHitsAndMissesToPrometheus() throws Exception {
        String token = fixtures.token(fixtures.member(MemberRole.ADMIN));
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                "Onboarding checklist nobody read",
                                Outcome.FAILURE,
                                Topic.of("onboarding"),
                                AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        // Searches are kept only once the index holds the case (an empty index answers without looking).
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mvc.perform(get("/api/v1/search").param("q", "\"onboarding checklist nobody\""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("\"id\":" + id));
        String before = metrics(token);

        // The same listing twice for a visitor: the rendered page is kept.
        mvc.perform(get("/cases").param("outcome", "failure")).andExpect(status().isOk());
        mvc.perform(get("/cases").param("outcome", "failure")).andExpect(status().isOk());
        // Twice for a caller the page cache does not serve: its facet counts are computed once, then kept.
        mvc.perform(get("/cases").param("outcome", "success").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/cases").param("outcome", "success").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        // The same search twice: the index answers once.
        mvc.perform(get("/api/v1/search").param("q", "cache metrics onboarding checklist"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/search").param("q", "cache metrics onboarding checklist"))
                .andExpect(status().isOk());
        // Its second page is another answer, but the same meaning: the query's vector is kept.
        mvc.perform(get("/api/v1/search")
                        .param("q", "cache metrics onboarding checklist")
                        .param("page", "2"))
                .andExpect(status().isOk());

        // A signed-in reader's case page twice: the case and its thread, the same for everyone, are read once.
        String path = mvc.perform(get("/cases/" + id)).andReturn().getResponse().getRedirectedUrl();
        for (int i = 0; i < 2; i++) {
            mvc.perform(get(path).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }

        String after = metrics(token);
        String[] counted = {"pages", "case-facets", "search-results", "query-embeddings", "kept-cases", "kept-threads"};
        for (String cache : counted) {
            assertThat(value(after, cache, "hit")).as(cache + " hits").isGreaterThan(value(before, cache, "hit"));
            assertThat(value(after, cache, "miss")).as(cache + " misses").isGreaterThan(value(before, cache, "miss"));
        }
        for (String cache : new String[] {"search-plans", "search-queries", "search-fuzzy-automata"}) {
            assertThat(after).as(cache).contains("cache=\"" + cache + "\"");
        }
    }

    private String metrics(String token) throws Exception {
        return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static double value(String metrics, String cache, String result) {
        Matcher m =
                Pattern.compile("(?m)^cache_gets_total\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("cache=\"" + cache + "\"") && labels.contains("result=\"" + result + "\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
