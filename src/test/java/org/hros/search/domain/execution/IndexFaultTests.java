package org.hros.search.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.search.CaseSearch;
import org.hros.search.SearchQuery;
import org.hros.search.SearchUnavailableException;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A search index that cannot be read (here a damaged file, as a disk error gives) makes searches answer a friendly
 * 503 with {@code Retry-After}, on pages and in the API, logged once rather than per request; the case pages,
 * their related cases and the suggestions still work; search is back as soon as the index reads again.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexFaultTests extends IntegrationTestBase {

    @MockitoSpyBean
    SearchSessions sessions;

    @Autowired
    CaseSearch search;

    @AfterEach
    void readable() {
        reset(sessions);
    }

    @Test
    void anUnreadableIndexGivesA503AndTheRestOfTheSiteWorks(CapturedOutput output) throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                "Frostbrindle assessment centre",
                                Outcome.FAILURE,
                                Topic.of("interviewing"),
                                AttributionMode.NAMED));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .ignoreException(SearchUnavailableException.class)
                .until(() -> search.search(SearchQuery.of("frostbrindle")).hits().stream()
                        .anyMatch(h -> h.card().id() == id));

        UncheckedIOException damaged = new UncheckedIOException(new CorruptIndexException("checksum failed", "_7.cfs"));
        doThrow(damaged).when(sessions).openReader(any());
        doThrow(damaged).when(sessions).apply(any());

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/search").param("q", "frostbrindle"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().string(containsString("Search is not working at the moment")))
                    .andExpect(content().string(not(containsString("Rebuilt so far"))))
                    .andExpect(content().string(not(containsString("CorruptIndexException"))));
        }
        mvc.perform(get("/search").param("q", "frostbrindle").param("kind", "requests"))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/v1/search").param("q", "frostbrindle"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.title").value("Search is not working at the moment"))
                .andExpect(jsonPath("$.percentDone").doesNotExist());
        // What only adds to a page is left out; the page itself is served.
        mvc.perform(get("/search/related/" + id).header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(get("/search/suggest").param("q", "frostbr")).andExpect(status().isOk());
        mvc.perform(get("/cases/" + id + "/frostbrindle-assessment-centre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Frostbrindle assessment centre")));
        // The listing counts its facets in SQL while the index cannot be read.
        mvc.perform(get("/cases").param("outcome", "failure").param("topic", "interviewing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Frostbrindle assessment centre")))
                .andExpect(content().string(containsString("<span class=\"facet__count\">")));

        assertThat(occurrences(output.getAll(), "The search index could not be read ("))
                .as("one warning for the whole outage")
                .isEqualTo(1);

        reset(sessions);
        mvc.perform(get("/search").param("q", "frostbrindle"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Frostbrindle assessment centre")));
    }

    @Test
    void aDatabaseOutageIsNotTakenForADamagedIndex() {
        assertThat(IndexFaults.isIndexFault(
                        new UncheckedIOException(new CorruptIndexException("checksum failed", "_7.cfs"))))
                .isTrue();
        assertThat(IndexFaults.isIndexFault(new org.springframework.dao.QueryTimeoutException(
                        "statement timed out", new java.sql.SQLTimeoutException("canceling statement"))))
                .isFalse();
        assertThat(IndexFaults.isIndexFault(new IllegalArgumentException("a bug")))
                .isFalse();
    }

    private static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
