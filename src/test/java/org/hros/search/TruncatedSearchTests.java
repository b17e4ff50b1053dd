package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Outcome;
import org.hros.search.domain.indexing.IndexState;
import org.hros.shared.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every search cut off by its time limit ({@code hros.search.time-limit}, here a nanosecond, so that each one is)
 * answers with what it found by then and says so — never a 500. The overload the limit exists for is when this
 * happens; a cold JVM after a restart is the usual case.
 */
@SpringBootTest(properties = "hros.search.time-limit=1ns")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class TruncatedSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexState index;

    @Autowired
    FacetIndex facetIndex;

    @BeforeEach
    void theDemoCommunityIsIndexed() {
        long published = catalog.countPublished();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !index.rebuilding()
                        && jdbc.queryForObject("select count(*) from case_document", Long.class) == published
                        && jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class) == 0);
    }

    @Test
    void everySearchCutShortAnswersWithWhatItFound() throws Exception {
        long caseId = jdbc.queryForObject("select min(id) from case_document", Long.class);
        long requestId = jdbc.queryForObject("select min(id) from request_document", Long.class);
        List<String> pages = List.of(
                "/search?q=referral+bonus",
                "/search?q=ATS+migration&outcome=failure&topic=sourcing",
                "/search?q=onbaording",
                "/search?q=referral&sort=newest&page=2",
                "/search?q=interview&kind=requests",
                "/search?q=interview&kind=requests&topic=interviewing",
                "/search?q=interview&kind=discussion",
                "/search/suggest?q=refer",
                "/search/related/" + caseId,
                "/search/answers/" + requestId,
                "/api/v1/search?q=referral+bonus",
                "/api/v1/search?q=referral&topic=sourcing&outcome=failure",
                "/api/v1/search/requests?q=interview",
                "/api/v1/search/requests?q=interview&topic=interviewing",
                "/api/v1/search/replies?q=interview",
                "/api/v1/search/suggest?q=refer",
                "/api/v1/search/related/" + caseId,
                "/api/v1/search/answers/" + requestId);
        for (String page : pages) {
            MvcResult result = mvc.perform(get(page)).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(page + " answered " + result.getResponse().getContentAsString())
                    .isEqualTo(200);
        }
    }

    @Test
    void theResultsPageAndTheApiSayTheResultsMayBeIncomplete() throws Exception {
        String html = mvc.perform(get("/search").param("q", "referral bonus"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("The search took too long");
        String json = mvc.perform(get("/api/v1/search").param("q", "referral bonus"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"complete\":false");
    }

    @Test
    void aListingWhoseIndexCountingIsCutShortCountsInSql() throws Exception {
        // The index gives no counts it had to cut short; the listing counts in SQL instead, in full.
        assertThat(facetIndex.count(Map.of("outcome", "failure"))).isEmpty();
        String html = mvc.perform(get("/cases").param("outcome", "failure"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long sourcingFailures = catalog.browse(
                        new CaseFilter(null, Outcome.FAILURE, Topic.of("sourcing"), null, null, null, null), 1, 12)
                .total();
        assertThat(sourcingFailures).isPositive();
        assertThat(html).containsPattern(">Sourcing</span>\\s*<span class=\"facet__count\">" + sourcingFailures + "<");
    }
}
