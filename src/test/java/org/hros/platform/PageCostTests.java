package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Outcome;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.platform.pagecache.PageCache;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.StatementCounter;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a page costs in statements does not grow with what it lists: a case page with twelve replies by twelve
 * people costs what it costs with two, and a results page with twelve cases what it costs with two. A query per
 * reply or per card would show here as a count that grows, long before it shows as a slow site.
 */
class PageCostTests extends IntegrationTestBase {

    private static final int SLACK = 2;

    @Autowired
    DiscussionService discussion;

    @Autowired
    PageCache pageCache;

    @Autowired
    FacetIndex facetIndex;

    @Test
    void aCasePageCostsTheSameWithTwoRepliesOrTwelve() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = published(author, "Video interviews our graduates hated", AttributionMode.NAMED);
        String page = casePage(caseId);
        replies(caseId, 2);
        long few = cost(get(page), null);
        long fewSignedIn = cost(get(page), reader);

        replies(caseId, 10);
        assertThat(cost(get(page), null))
                .as("anonymous reader, 12 replies against %d for 2", few)
                .isLessThanOrEqualTo(few + SLACK);
        assertThat(cost(get(page), reader))
                .as("signed-in reader, 12 replies against %d for 2", fewSignedIn)
                .isLessThanOrEqualTo(fewSignedIn + SLACK);
    }

    @Test
    void aResultsPageCostsTheSameWithTwoCasesOrTwelve() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String word = "quillfennick" + System.nanoTime() % 100000;
        for (int i = 0; i < 2; i++) {
            published(author, "Careers site rebuild " + word + " part " + i, AttributionMode.NAMED);
        }
        awaitResults(word, 2);
        long few = cost(get("/search").param("q", word), null);

        for (int i = 2; i < 12; i++) {
            published(author, "Careers site rebuild " + word + " part " + i, AttributionMode.ANONYMOUS);
        }
        awaitResults(word, 12);
        assertThat(cost(get("/search").param("q", word), null))
                .as("12 results against %d for 2", few)
                .isLessThanOrEqualTo(few + SLACK);
    }

    @Test
    void aListingCountsItsFacetsInTheIndexNotByGroupingTheLibrary() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        // A publication forgets every kept count, so the first listing below counts afresh.
        published(author, "Sourcing sprint that stalled", AttributionMode.NAMED);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> facetIndex.count(Map.of()).isPresent());
        MockHttpServletRequestBuilder listing =
                get("/cases").param("outcome", "failure").param("topic", "sourcing");
        // Another listing first warms what every page reads (the site's settings), not this listing's counts.
        mvc.perform(get("/cases").param("outcome", "success")).andExpect(status().isOk());

        List<String> counting =
                StatementCounter.statements(() -> mvc.perform(listing).andExpect(status().isOk()));
        pageCache.forgetAll();
        List<String> kept =
                StatementCounter.statements(() -> mvc.perform(listing).andExpect(status().isOk()));

        assertThat(counting)
                .as("statements of a listing that counts its facets")
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("group by"));
        // Grouping in SQL cost one statement per facet (seven); the index costs one look at its backlog.
        assertThat(counting.size())
                .as("counting facets, against %d with the counts kept: %s", kept.size(), counting)
                .isLessThanOrEqualTo(kept.size() + 1);
    }

    private long cost(MockHttpServletRequestBuilder request, Person viewer) throws Exception {
        MockHttpServletRequestBuilder as = viewer == null
                ? request
                : request.with(user(new MemberPrincipal(
                        viewer.id(), viewer.email(), "h" + viewer.id(), viewer.name(), MemberRole.MEMBER, true, "")));
        // The first view fills caches a second view finds warm; the second is what readers mostly get. The page
        // cache would answer a logged-out reader's second view without rendering it: the cost measured is the render.
        mvc.perform(as).andExpect(status().isOk());
        pageCache.forgetAll();
        long statements = StatementCounter.count(() -> mvc.perform(as).andExpect(status().isOk()));
        assertThat(statements).as("the page reads the database").isPositive();
        return statements;
    }

    private void replies(long caseId, int count) {
        for (int i = 0; i < count; i++) {
            Person someone = fixtures.member(MemberRole.MEMBER);
            discussion.post(new SubjectRef(SubjectType.CASE, caseId), someone.id(), "What we saw too, " + i, null);
        }
    }

    private String casePage(long caseId) throws Exception {
        return mvc.perform(get("/cases/" + caseId)).andReturn().getResponse().getRedirectedUrl();
    }

    private long published(Person author, String title, AttributionMode mode) {
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    private void awaitResults(String word, int count) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            String html = mvc.perform(get("/search").param("q", word))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (html.split("part ", -1).length - 1 >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the index never showed " + count + " cases for " + word);
    }
}
