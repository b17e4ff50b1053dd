package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.search.SearchSupport.found;
import static org.hros.search.SearchSupport.ids;
import static org.hros.search.SearchSupport.until;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search by words and by meaning: a case told in other words is found, quoted phrases stay exact, any word of a
 * query may find a case, and malformed paging or oversized queries get HROS's own 400.
 */
class HybridSearchTests extends IntegrationTestBase {

    @Autowired
    CaseSearch search;

    @Autowired
    CommunitySearch community;

    @LocalServerPort
    int port;

    private Person author;
    private Person editor;

    @BeforeEach
    void people() {
        author = fixtures.member(MemberRole.MEMBER);
        editor = fixtures.member(MemberRole.EDITOR);
    }

    private long publish(String title, Map<Section, String> texts) {
        CaseCommand command =
                TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("onboarding"), AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.putAll(texts);
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void aProblemToldInOtherWordsFindsTheCase() {
        long id = publish(
                "Most of our warehouse recruits resigned before their second payday",
                Map.of(
                        Section.SUMMARY,
                        "Seven in ten of the pickers we took on in autumn walked out within a month of their first"
                                + " shift. Nobody had told them about the night rota or the cold store.",
                        Section.CHALLENGE,
                        "Every peak season we recruited three hundred pickers and lost most of them within weeks."));
        // No word of the query is in the case: only its meaning is.
        SearchResults found =
                until(search, SearchQuery.of("early attrition among new starters"), r -> ids(r).contains(id));
        // The requests and discussion tabs count cases the way the cases tab finds them, by meaning too.
        assertThat(community.count(SearchKind.CASES, SearchQuery.of("early attrition among new starters")))
                .isEqualTo(found.total());
    }

    @Test
    void anyWordOfTheQueryMayFindACase() {
        long id = publish(
                "Our plumbiferous onboarding checklist",
                Map.of(Section.SUMMARY, "A checklist for the first week that nobody read."));
        // "glimmerwort" is in no case: the other word still finds it.
        found(search, "plumbiferous glimmerwort", id);
    }

    @Test
    void quotedPhrasesAreExactWithoutSynonymsOrStemming() {
        long ats = publish(
                "Moving to a new ATS cost us the gorsemoor pipeline",
                Map.of(Section.SUMMARY, "The ATS switch lost every gorsemoor candidate note."));
        long pools = publish(
                "Gorsemoor talent pools went stale",
                Map.of(Section.SUMMARY, "Our gorsemoor talent pools were never contacted again."));
        found(search, "gorsemoor applicant tracking system", ats);
        assertThat(ids(search.search(SearchQuery.of("gorsemoor \"applicant tracking system\""))))
                .doesNotContain(ats);
        found(search, "gorsemoor \"talent pools\"", pools);
        assertThat(ids(search.search(SearchQuery.of("gorsemoor \"talent pool\""))))
                .doesNotContain(pools);
    }

    @Test
    void pagesOutsideOneTo500AreA400NamingThePage() throws Exception {
        for (String page : new String[] {"0", "-1", "501"}) {
            mvc.perform(get("/api/v1/search").param("q", "hiring").param("page", page))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
            mvc.perform(get("/search").param("q", "hiring").param("page", page)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/search").param("q", "hiring").param("page", "500"))
                .andExpect(status().isOk());
    }

    @Test
    void anOversizedQueryGetsHrosOwnPageNotTheServers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int size : new int[] {10 * 1024, 100 * 1024}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/search?q=" + "x".repeat(size)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%d bytes", size).isEqualTo(400);
            assertThat(response.body()).contains("HROS").doesNotContainIgnoringCase("tomcat");
        }
    }
}
