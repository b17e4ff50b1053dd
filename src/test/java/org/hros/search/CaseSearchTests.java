package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.search.SearchSupport.found;
import static org.hros.search.SearchSupport.ids;
import static org.hros.search.SearchSupport.until;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.discussion.ReactionsChanged;
import org.hros.member.MemberRole;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Finding published cases: sections, facets and their counts, synonyms, typos, phrases, sorting, the API. */
class CaseSearchTests extends IntegrationTestBase {

    @Autowired
    CaseSearch search;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /*
     * Where a test counts what it finds, it searches for its word in quotes: the word itself, not its meaning.
     * Other tests' cases stay in the index, and one of them can come close enough in meaning to a made-up word
     * to be found beside the cases a test published.
     */
    private static final String QUILLFEATHER = "\"quillfeather\"";
    private static final String PLONKWISE = "\"plonkwise\"";
    private static final String SNORKELWICK = "\"snorkelwick\"";

    private Person author;
    private Person editor;

    @BeforeEach
    void people() {
        author = fixtures.member(MemberRole.MEMBER);
        editor = fixtures.member(MemberRole.EDITOR);
    }

    private long publish(String title, Outcome outcome, Topic topic, Map<Section, String> texts) {
        CaseCommand command = TestFixtures.completeCase(title, outcome, topic, AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.putAll(texts);
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void findsAPublishedCaseAndNamesTheMatchingSection() throws Exception {
        long id = publish(
                "Referral drive that backfired",
                Outcome.FAILURE,
                Topic.of("sourcing"),
                Map.of(Section.WRONG, "We paid a zanzibarian bonus for every hire and quality collapsed."));

        SearchResults results = found(search, "zanzibarian", id);
        SearchResults.Hit hit = results.hits().get(0);
        assertThat(hit.section()).isEqualTo(Section.WRONG);
        assertThat(hit.snippetHtml()).contains("<mark>zanzibarian</mark>");

        mvc.perform(get("/search").param("q", "zanzibarian"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("What we got wrong:")))
                .andExpect(content().string(Matchers.containsString("<mark>zanzibarian</mark>")))
                .andExpect(content().string(Matchers.containsString("Referral drive that backfired")));
        // Stemming: another form of a word finds it.
        found(search, "backfiring referrals", id);
    }

    @Test
    void facetsCountUnderTheOtherFacetsChoicesAndCombine() throws Exception {
        long a = publish("Quillfeather failure in sourcing", Outcome.FAILURE, Topic.of("sourcing"), Map.of());
        long b = publish("Quillfeather failure in onboarding", Outcome.FAILURE, Topic.of("onboarding"), Map.of());
        long c = publish("Quillfeather success in sourcing", Outcome.SUCCESS, Topic.of("sourcing"), Map.of());
        long d = publish("Quillfeather mixed in DEI", Outcome.MIXED, Topic.of("dei"), Map.of());
        until(search, SearchQuery.of(QUILLFEATHER), r -> r.total() == 4);

        SearchResults failures =
                search.search(SearchSupport.query(QUILLFEATHER, Map.of("outcome", List.of("failure"))));
        assertThat(ids(failures)).containsExactlyInAnyOrder(a, b);
        // The outcome facet ignores its own choice, so the other outcomes stay choosable with their counts ...
        assertThat(counts(failures, Facet.OUTCOME))
                .containsEntry("failure", 2L)
                .containsEntry("success", 1L)
                .containsEntry("mixed", 1L);
        // ... while the topic facet counts only failures.
        assertThat(counts(failures, Facet.TOPIC))
                .containsEntry("sourcing", 1L)
                .containsEntry("onboarding", 1L)
                .doesNotContainKey("dei");
        assertThat(counts(failures, Facet.YEAR)).containsEntry("2024", 2L);
        assertThat(counts(failures, Facet.LICENCE)).containsEntry("cc-by-4-0", 2L);
        assertThat(counts(failures, Facet.INDUSTRY)).containsEntry("retail", 2L);

        // Values of one facet widen; facets narrow.
        SearchResults two = search.search(SearchSupport.query(
                QUILLFEATHER, Map.of("outcome", List.of("failure", "success"), "topic", List.of("sourcing"))));
        assertThat(ids(two)).containsExactlyInAnyOrder(a, c);
        assertThat(counts(two, Facet.TOPIC)).containsEntry("sourcing", 2L).containsEntry("onboarding", 1L);
        assertThat(counts(two, Facet.OUTCOME))
                .containsEntry("failure", 1L)
                .containsEntry("success", 1L)
                .doesNotContainKey("mixed");
        assertThat(ids(search.search(SearchSupport.query(QUILLFEATHER, Map.of("topic", List.of("dei"))))))
                .containsExactly(d);

        // The page shows counts and the links that add a value keep the whole state in the address.
        mvc.perform(get("/search").param("q", QUILLFEATHER).param("outcome", "failure"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 cases for")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "href=\"/search?q=%22quillfeather%22&amp;outcome=failure&amp;outcome=success\"")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "href=\"/search?q=%22quillfeather%22&amp;outcome=failure&amp;topic=sourcing\"")));
        mvc.perform(get("/search").param("q", QUILLFEATHER).param("outcome", "catastrophe"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void synonymsTyposPhrasesAndDidYouMean() throws Exception {
        long ats = publish(
                "Moving to a new applicant tracking system",
                Outcome.MIXED,
                Topic.of("recruiting-analytics"),
                Map.of(Section.SUMMARY, "Our migration to a new applicant tracking system took nine months."));
        long evp = publish(
                "Rewriting our EVP",
                Outcome.SUCCESS,
                Topic.of("employer-brand"),
                Map.of(
                        Section.SUMMARY,
                        "We rewrote the employee value proposition with engineers, the gribbleton way."));
        long pool = publish(
                "Cleaning the talent pool",
                Outcome.FAILURE,
                Topic.of("sourcing"),
                Map.of(Section.SUMMARY, "The talent pool was stale; a vorpal pool of talent was no better."));
        long other = publish(
                "Pool of vorpal talent",
                Outcome.FAILURE,
                Topic.of("sourcing"),
                Map.of(Section.SUMMARY, "A vorpal pool, but of talent elsewhere: talent in a pool."));
        found(search, "vorpal", other);

        assertThat(ids(found(search, "ATS migration", ats))).contains(ats);
        assertThat(ids(found(search, "employee value proposition", evp))).contains(evp);
        assertThat(ids(search.search(SearchQuery.of("evp gribbleton")))).contains(evp);
        // A typo in a word of five letters or more is forgiven.
        assertThat(ids(search.search(SearchQuery.of("gribbelton")))).contains(evp);
        // Exact phrases.
        assertThat(ids(search.search(SearchQuery.of("\"vorpal pool of talent\""))))
                .containsExactly(pool);
        // Nothing found: a spelling suggestion that finds something.
        SearchResults none = search.search(SearchQuery.of("vurpel"));
        assertThat(none.total()).isZero();
        assertThat(none.didYouMean()).isEqualTo("vorpal");
        mvc.perform(get("/search").param("q", "vurpel"))
                .andExpect(content().string(Matchers.containsString("Did you mean")))
                .andExpect(content().string(Matchers.containsString("href=\"/search?q=vorpal\"")));
        // Exclusion.
        assertThat(ids(search.search(SearchQuery.of("vorpal -stale")))).containsExactly(other);
    }

    @Test
    void sortsAndPages() throws Exception {
        long first = publish("Plonkwise one", Outcome.FAILURE, Topic.of("interviewing"), Map.of());
        long second = publish("Plonkwise two", Outcome.FAILURE, Topic.of("interviewing"), Map.of());
        for (int i = 0; i < 10; i++) {
            publish("Plonkwise filler " + i, Outcome.SUCCESS, Topic.of("interviewing"), Map.of());
        }
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new ReactionsChanged(new SubjectRef(SubjectType.CASE, first), 42)));
        SearchQuery helpful = SearchQuery.parse(Map.of("q", List.of(PLONKWISE), "sort", List.of("helpful")));
        SearchResults byHelpful = until(
                search,
                helpful,
                r -> r.total() == 12
                        && !r.hits().isEmpty()
                        && r.hits().get(0).card().id() == first);
        assertThat(byHelpful.pages()).isEqualTo(2);
        SearchResults newest = search.search(
                SearchQuery.parse(Map.of("q", List.of(PLONKWISE), "sort", List.of("newest"), "page", List.of("2"))));
        assertThat(ids(newest)).containsExactly(second, first);
        mvc.perform(get("/search").param("q", PLONKWISE).param("sort", "newest"))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "href=\"/search?q=%22plonkwise%22&amp;sort=newest&amp;page=2\"")));
    }

    @Test
    void apiSuggestionsAndRelatedCases() throws Exception {
        long a = publish(
                "Snorkelwick hiring manager training",
                Outcome.FAILURE,
                Topic.of("interviewing"),
                Map.of(Section.SUMMARY, "Structured interviews with hiring managers, scorecards and calibration."));
        long b = publish(
                "Scorecards for snorkelwick hiring managers",
                Outcome.SUCCESS,
                Topic.of("interviewing"),
                Map.of(
                        Section.SUMMARY,
                        "Hiring managers used scorecards and calibration after structured interviews."));
        until(search, SearchQuery.of(SNORKELWICK), r -> r.total() == 2);

        mvc.perform(get("/api/v1/search").param("q", SNORKELWICK).param("outcome", "failure"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(a))
                .andExpect(jsonPath("$.hits[0].attribution.mode").value("NAMED"))
                .andExpect(jsonPath("$.facets.outcome[?(@.value == 'success')].count")
                        .value(1))
                .andExpect(jsonPath("$.facets.topic[0].value").value("interviewing"));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(SearchQuery.MAX_TEXT + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/search").param("sort", "loudest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/v3/api-docs")).andExpect(content().string(Matchers.containsString("/api/v1/search")));

        mvc.perform(get("/search/suggest").param("q", "snorkelw"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Snorkelwick hiring manager training")));
        mvc.perform(get("/search/related/" + a).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Scorecards for snorkelwick hiring managers")))
                .andExpect(
                        content().string(Matchers.not(Matchers.containsString("Snorkelwick hiring manager training"))));
        assertThat(search.related(b, 4)).extracting(c -> c.id()).contains(a);
        // The case page loads its related cases, and links to them without JavaScript.
        mvc.perform(get("/cases/" + a + "/snorkelwick-hiring-manager-training"))
                .andExpect(content().string(Matchers.containsString("hx-get=\"/search/related/" + a + "\"")));
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        return results.facets().stream().filter(f -> f.facet() == facet).findFirst().orElseThrow().values().stream()
                .collect(java.util.stream.Collectors.toMap(
                        SearchResults.FacetValue::value, SearchResults.FacetValue::count));
    }
}
