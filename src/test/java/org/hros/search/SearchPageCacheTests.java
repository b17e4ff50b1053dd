package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.search.SearchSupport.until;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.discussion.ReactionsChanged;
import org.hros.member.MemberRole;
import org.hros.platform.pagecache.PageCache;
import org.hros.platform.pagecache.PageCacheFilter;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search pages for logged-out readers come from the page cache for a minute, and are forgotten as soon as the index
 * changes — not only when something public changes, since the index follows the commit in the background. Each hit
 * shows the section the query marked most, though only the sections that can beat the best so far are highlighted.
 */
class SearchPageCacheTests extends IntegrationTestBase {

    @Autowired
    CaseSearch search;

    @Autowired
    PageCache cache;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private MockHttpServletResponse read(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long publish(String title, Map<Section, String> texts) {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        CaseCommand command =
                TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.putAll(texts);
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void aKeptSearchPageIsForgottenOnceTheIndexChangesAndOtherPagesStay() throws Exception {
        String word = "brambleworth" + System.nanoTime() % 100000;
        long id = publish("Referral drive " + word, Map.of());
        // Kept once the index has the case: a page kept before would have shown no result.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    MockHttpServletResponse page = read(get("/search").param("q", word));
                    return page.getContentAsString().contains("Referral drive " + word)
                            && "hit".equals(page.getHeader(PageCacheFilter.RESULT_HEADER));
                });
        assertThat(read(get("/search").param("q", word)).getHeader("Cache-Control"))
                .isEqualTo("public, max-age=60");

        // The index changes while nothing public does: a reaction re-indexes the case's helpful count and forgets
        // no page by itself. The search page must be rendered again within seconds, not after its minute.
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new ReactionsChanged(new SubjectRef(SubjectType.CASE, id), 3)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        "miss".equals(read(get("/search").param("q", word)).getHeader(PageCacheFilter.RESULT_HEADER)));

        // Forgetting the search pages leaves the other kept pages.
        read(get("/cases?topic=sourcing"));
        assertThat(read(get("/cases?topic=sourcing")).getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("hit");
        read(get("/search").param("q", word));
        cache.forgetSearchPages();
        assertThat(read(get("/cases?topic=sourcing")).getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("hit");
        assertThat(read(get("/search").param("q", word)).getHeader(PageCacheFilter.RESULT_HEADER))
                .isEqualTo("miss");
    }

    @Test
    void aHitShowsTheSectionTheQueryMarkedMostAndTheFirstOnATie() {
        String word = "quorlington" + System.nanoTime() % 100000;
        long most = publish(
                "Careers page rewrite",
                Map.of(
                        Section.SUMMARY, "We tried " + word + " once.",
                        Section.LESSONS,
                                "The " + word + " panel, the " + word + " brief and the " + word
                                        + " budget all slipped."));
        long tie = publish(
                "Careers page rewrite again",
                Map.of(
                        Section.CHALLENGE, "A " + word + " plan.",
                        Section.WRONG, "A " + word + " budget."));
        SearchResults results = until(
                search,
                SearchQuery.of(word),
                r -> r.hits().stream().map(h -> h.card().id()).toList().containsAll(java.util.List.of(most, tie)));
        for (SearchResults.Hit hit : results.hits()) {
            if (hit.card().id() == most) {
                assertThat(hit.section()).isEqualTo(Section.LESSONS);
                assertThat(hit.snippetHtml().split("<mark>", -1).length - 1).isEqualTo(3);
            } else if (hit.card().id() == tie) {
                assertThat(hit.section()).isEqualTo(Section.CHALLENGE);
                assertThat(hit.snippetHtml()).contains("<mark>" + word + "</mark> plan");
            }
        }
    }
}
