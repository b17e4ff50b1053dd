package org.hros.search.domain.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.search.CaseSearch;
import org.hros.search.SearchQuery;
import org.hros.search.SearchUnavailableException;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** While the index is rebuilt, search says so with a 503 and the rest of the site works; then it answers again. */
class IndexRebuildTests extends IntegrationTestBase {

    @Autowired
    IndexState state;

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    CaseSearch search;

    @Test
    void searchAnswers503WhileTheIndexIsRebuiltAtStartAndTheSiteWorks() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id =
                fixtures.published(author, editor, "Waffletorque interviews", Outcome.MIXED, Topic.of("interviewing"));
        await(() -> search.search(SearchQuery.of("waffletorque")).total() == 1);

        // As when the index folder was missing at start: nobody may search until the rebuild is done.
        state.rebuildNeededAtStart();
        try {
            mvc.perform(get("/search").param("q", "waffletorque"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(Matchers.containsString("Search is being rebuilt")));
            mvc.perform(get("/api/v1/search").param("q", "waffletorque"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Search is being rebuilt"));
            mvc.perform(get("/cases")).andExpect(status().isOk());
            mvc.perform(get("/")).andExpect(status().isOk());
            mvc.perform(get("/cases/" + id + "/waffletorque-interviews")).andExpect(status().isOk());
            mvc.perform(get("/search/suggest").param("q", "waffle")).andExpect(status().isOk());
        } finally {
            maintenance.rebuildIfNeededAtStart();
        }
        await(() -> !maintenance.status().rebuilding());
        assertThat(maintenance.status().failed()).isFalse();
        assertThat(search.search(SearchQuery.of("waffletorque")).total()).isEqualTo(1);
    }

    @Test
    void anAdminRebuildsTheIndexAndWatchesItsProgress() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        fixtures.published(author, editor, "Gazebolt onboarding", Outcome.SUCCESS, Topic.of("onboarding"));
        await(() -> search.search(SearchQuery.of("gazebolt")).total() == 1);

        // A page asked for without a log-in goes to the log-in page (only the API answers 401).
        mvc.perform(get("/admin/search")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/search").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Rebuild the index")));
        mvc.perform(post("/admin/search/rebuild")
                        .with(user("member").roles("MEMBER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/rebuild")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/search/progress").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("index-status")));
        await(() -> !maintenance.status().rebuilding());
        assertThat(maintenance.status().finishedAt()).isNotNull();
        assertThat(maintenance.status().done()).isGreaterThanOrEqualTo(1);
        assertThat(search.search(SearchQuery.of("gazebolt")).total()).isEqualTo(1);

        // Reading every case from the library again leaves the same results.
        mvc.perform(post("/admin/search/rebuild")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("reread", "true"))
                .andExpect(status().is3xxRedirection());
        await(() -> !maintenance.status().rebuilding());
        assertThat(maintenance.status().failed()).isFalse();
        assertThat(search.search(SearchQuery.of("gazebolt")).total()).isEqualTo(1);

        // Synonyms of the community's own, applied to the next search.
        mvc.perform(post("/admin/search/synonyms")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("synonyms", "only one expression"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("at least two expressions")));
        mvc.perform(post("/admin/search/synonyms")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("synonyms", "# ours\nplinthwork, gazebolt"))
                .andExpect(status().is3xxRedirection());
        // The admin's synonym finds the case by a word it does not contain.
        assertThat(search.search(SearchQuery.of("plinthwork")).hits())
                .extracting(h -> h.card().title())
                .contains("Gazebolt onboarding");
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .ignoreException(SearchUnavailableException.class)
                .until(condition);
    }
}
