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
import org.hros.request.CommunityAgenda;
import org.hros.request.RequestCommand;
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

    @Autowired
    CommunityAgenda agenda;

    /**
     * What each page may cost a signed-in member, in statements, with a full page of cards or a long discussion. A
     * page that starts to ask the database once per card, reply or notice passes these long before it is slow; a page
     * that needs one more query for a new feature raises its line here, on purpose. Measured on 2026-12-06: 7, 4, 9
     * and 16 once what every reader sees alike is kept between requests (20 and 19 for the case and the request page
     * before), without the two statements that read a session kept in PostgreSQL, which tests keep in the container.
     */
    private static final Map<String, Long> SIGNED_IN_BUDGET = Map.of(
            "case page", 9L,
            "listing", 6L,
            "home", 11L,
            "request page", 18L);

    @Test
    void aCasePageCostsTheSameWithTwoRepliesOrTwelve() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = published(author, "Video interviews our graduates hated", AttributionMode.NAMED);
        String page = casePage(caseId);
        replies(SubjectType.CASE, caseId, 2);
        long few = cost(get(page), null);
        long fewSignedIn = cost(get(page), reader);

        replies(SubjectType.CASE, caseId, 10);
        assertThat(cost(get(page), null))
                .as("anonymous reader, 12 replies against %d for 2", few)
                .isLessThanOrEqualTo(few + SLACK);
        assertThat(cost(get(page), reader))
                .as("signed-in reader, 12 replies against %d for 2", fewSignedIn)
                .isLessThanOrEqualTo(fewSignedIn + SLACK);
    }

    @Test
    void aRequestPageCostsTheSameWithTwoRepliesOrTwelveForASignedInMember() throws Exception {
        Person asker = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long requestId = agenda.post(
                asker.id(),
                new RequestCommand(
                        "Keeping silver medallists warm",
                        "How do you stay in touch with last year's runners-up?",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        agenda.vote(requestId, reader.id());
        String page = mvc.perform(get("/requests/" + requestId))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        replies(SubjectType.REQUEST, requestId, 2);
        long few = cost(get(page), reader);

        replies(SubjectType.REQUEST, requestId, 10);
        long many = cost(get(page), reader);
        assertThat(many).as("12 replies against %d for 2", few).isLessThanOrEqualTo(few + SLACK);
        assertThat(many).as("a request page, signed in").isLessThanOrEqualTo(SIGNED_IN_BUDGET.get("request page"));
    }

    /**
     * The pages a signed-in member loads most stay within their budget, and cost a signed-in member no more than a
     * fixed few statements over what they cost a logged-out reader: what is theirs (the header, their reactions and
     * votes) is read once per page, never once per card.
     */
    @Test
    void theMostReadPagesStayWithinTheirBudgetForASignedInMember() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = 0;
        // A full listing page of twelve cards, each with reactions and replies of its own.
        for (int i = 0; i < 12; i++) {
            caseId = published(author, "Onboarding buddy scheme, cohort " + i, AttributionMode.NAMED);
            replies(SubjectType.CASE, caseId, 1);
        }
        Map<String, MockHttpServletRequestBuilder> pages = Map.of(
                "case page", get(casePage(caseId)),
                "listing", get("/cases").param("outcome", "failure").param("topic", "sourcing"),
                "home", get("/"));
        for (var page : pages.entrySet()) {
            long loggedOut = cost(page.getValue(), null);
            long signedIn = cost(page.getValue(), reader);
            assertThat(signedIn)
                    .as("%s signed in, against %d logged out", page.getKey(), loggedOut)
                    .isLessThanOrEqualTo(SIGNED_IN_BUDGET.get(page.getKey()));
            assertThat(signedIn)
                    .as("%s: what the member adds, over %d logged out", page.getKey(), loggedOut)
                    .isLessThanOrEqualTo(loggedOut + 8);
        }
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
        List<String> sent = StatementCounter.statements(() -> mvc.perform(as).andExpect(status().isOk()));
        assertThat(sent).as("the page reads the database").isNotEmpty();
        org.slf4j.LoggerFactory.getLogger(PageCostTests.class)
                .info("{} statements, {}: {}", sent.size(), viewer == null ? "logged out" : "signed in", sent);
        return sent.size();
    }

    private void replies(SubjectType type, long id, int count) {
        for (int i = 0; i < count; i++) {
            Person someone = fixtures.member(MemberRole.MEMBER);
            discussion.post(new SubjectRef(type, id), someone.id(), "What we saw too, " + i, null);
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
