package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.SimilarContent;
import org.hros.request.SimilarItem;
import org.hros.request.domain.Agenda;
import org.hros.shared.Skill;
import org.hros.shared.Slugs;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests and discussion replies in search, the kind facet, and matching requests with cases. */
class CommunitySearchTests extends IntegrationTestBase {

    @Autowired
    CommunitySearch community;

    @Autowired
    CaseSearch search;

    @Autowired
    Agenda agenda;

    @Autowired
    DiscussionService discussion;

    @Autowired
    SimilarContent similar;

    long publish(Person author, Person editor, String title, String summary, Topic topic) {
        CaseCommand command = TestFixtures.completeCase(title, Outcome.FAILURE, topic, AttributionMode.NAMED);
        Map<Section, String> sections = new EnumMap<>(command.sections());
        sections.put(Section.SUMMARY, summary);
        long id = fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(command, sections));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    long request(Person poster, String title, String description, Topic topic, Skill... skills) {
        return agenda.post(
                poster.id(), new RequestCommand(title, description, List.of(topic), List.of(skills), null, null));
    }

    @Test
    void requestsAndRepliesAreFoundBesideCasesWithTheirKindCounts() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = publish(
                poster,
                editor,
                "Night shift hiring that failed",
                "Our zorblatt rota was a mistake.",
                Topic.of("sourcing"));
        long requestId = request(
                poster,
                "Zorblatt rotas for night shifts",
                "We need examples of a zorblatt rota that kept night staff.",
                Topic.of("onboarding"),
                Skill.of("data-analysis"));
        long replyId = discussion.post(
                new SubjectRef(SubjectType.CASE, caseId), editor.id(), "We tried a zorblatt rota too, twice.", null);
        SearchSupport.found(search, "zorblatt", caseId);
        CommunitySupport.until(community, SearchKind.REQUESTS, "zorblatt", r -> r.total() == 1);
        CommunitySupport.until(community, SearchKind.DISCUSSION, "zorblatt", r -> r.total() == 1);

        // Words typed differently still find them: stemming and typos, as for cases.
        assertThat(CommunitySupport.requestIds(community.search(SearchKind.REQUESTS, SearchQuery.of("zorblatts"))))
                .containsExactly(requestId);
        assertThat(CommunitySupport.replyIds(community.search(SearchKind.DISCUSSION, SearchQuery.of("zorblat"))))
                .containsExactly(replyId);
        // Counting each kind agrees with searching it: typos, a topic choice, an excluded word, asked twice.
        for (int asked = 0; asked < 2; asked++) {
            assertThat(community.count(SearchKind.REQUESTS, SearchQuery.of("zorblat")))
                    .isEqualTo(1);
            assertThat(community.count(SearchKind.DISCUSSION, SearchQuery.of("zorblat")))
                    .isEqualTo(1);
            // Cases are found by meaning too, so another test's case may join them: the count is the cases' own.
            assertThat(community.count(SearchKind.CASES, SearchQuery.of("zorblat")))
                    .isPositive()
                    .isEqualTo(search.search(SearchQuery.of("zorblat")).total());
            assertThat(community.count(SearchKind.REQUESTS, SearchQuery.of("zorblatt -night")))
                    .isZero();
            assertThat(community.count(
                            SearchKind.REQUESTS,
                            SearchQuery.parse(Map.of("q", List.of("zorblatt"), "topic", List.of("onboarding")))))
                    .isEqualTo(1);
            assertThat(community.count(
                            SearchKind.REQUESTS,
                            SearchQuery.parse(Map.of("q", List.of("zorblatt"), "topic", List.of("sourcing")))))
                    .isZero();
        }

        mvc.perform(get("/search").param("q", "zorblatt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/search?q=zorblatt&amp;kind=requests\"")))
                .andExpect(content().string(containsString("href=\"/search?q=zorblatt&amp;kind=discussion\"")))
                .andExpect(content().string(containsString("Night shift hiring that failed")));
        mvc.perform(get("/search").param("q", "zorblatt").param("kind", "requests"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zorblatt rotas for night shifts")))
                .andExpect(content().string(containsString("href=\"/requests/" + requestId + "/")))
                .andExpect(content().string(containsString("request-status--OPEN")))
                .andExpect(content().string(containsString("<mark>zorblatt</mark>")))
                .andExpect(content().string(not(containsString("Night shift hiring that failed"))))
                .andExpect(content().string(not(containsString(poster.name()))));
        mvc.perform(get("/search").param("q", "zorblatt").param("kind", "discussion"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>zorblatt</mark> rota too")))
                .andExpect(content().string(containsString("in the discussion of “Night shift hiring that failed”")))
                .andExpect(content()
                        .string(containsString("/cases/" + caseId + "/"
                                + Slugs.slugify("Night shift hiring that failed") + "#reply-" + replyId)))
                .andExpect(content().string(not(containsString(editor.name()))));
        mvc.perform(get("/search")
                        .param("q", "zorblatt")
                        .param("kind", "requests")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search\"")))
                .andExpect(content().string(not(containsString("<html"))));

        long cases = search.search(SearchQuery.of("zorblatt")).total();
        mvc.perform(get("/api/v1/search").param("q", "zorblatt"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(cases))
                .andExpect(jsonPath("$.kinds.cases").value(cases))
                .andExpect(jsonPath("$.kinds.requests").value(1))
                .andExpect(jsonPath("$.kinds.discussion").value(1));
        mvc.perform(get("/api/v1/search/requests").param("q", "zorblatt"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("requests"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(requestId))
                .andExpect(jsonPath("$.hits[0].title").value("Zorblatt rotas for night shifts"))
                .andExpect(jsonPath("$.hits[0].status").value("open"))
                .andExpect(jsonPath("$.hits[0].topics[0]").value("onboarding"))
                .andExpect(jsonPath("$.hits[0].skills[0]").value("data-analysis"))
                .andExpect(jsonPath("$.facets.topic[0].value").value("onboarding"))
                .andExpect(jsonPath("$.facets.topic[0].count").value(1))
                .andExpect(jsonPath("$.kinds.cases").value(cases))
                .andExpect(jsonPath("$.kinds.discussion").value(1));
        mvc.perform(get("/api/v1/search/replies").param("q", "zorblatt"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("discussion"))
                .andExpect(jsonPath("$.hits[0].id").value(replyId))
                .andExpect(jsonPath("$.hits[0].url").value(endsWith("#reply-" + replyId)))
                .andExpect(jsonPath("$.hits[0].subjectType").value("case"))
                .andExpect(jsonPath("$.hits[0].subjectId").value(caseId))
                .andExpect(jsonPath("$.hits[0].subjectTitle").value("Night shift hiring that failed"))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>zorblatt</mark>")));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(content().string(containsString("/api/v1/search/requests")))
                .andExpect(content().string(containsString("/api/v1/search/replies")))
                .andExpect(content().string(containsString("/api/v1/search/answers/{requestId}")));
        mvc.perform(get("/search").param("q", "zorblatt").param("kind", "everything"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Search cases, requests or discussion.")));
    }

    @Test
    void requestFacetsCountUnderTheOtherChoicesAndRequestsSortByVotes() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        long sourcing = request(
                poster,
                "Quibblestone sourcing at scale",
                "How do you run quibblestone sourcing for many roles?",
                Topic.of("sourcing"),
                Skill.of("writing"));
        long onboarding = request(
                poster,
                "Quibblestone onboarding that sticks",
                "What made a quibblestone onboarding stick for you?",
                Topic.of("onboarding"),
                Skill.of("writing"));
        long third = request(
                poster,
                "Quibblestone onboarding for interns",
                "Interns and the quibblestone: what worked in onboarding?",
                Topic.of("onboarding"));
        CommunitySupport.until(community, SearchKind.REQUESTS, "quibblestone", r -> r.total() == 3);

        CommunityResults narrowed = community.search(
                SearchKind.REQUESTS, SearchSupport.query("quibblestone", Map.of("topic", List.of("onboarding"))));
        assertThat(CommunitySupport.requestIds(narrowed)).containsExactlyInAnyOrder(onboarding, third);
        // The chosen facet counts as if it were not chosen, so its other values stay choosable with true counts.
        assertThat(counts(narrowed, Facet.TOPIC))
                .containsEntry("onboarding", 2L)
                .containsEntry("sourcing", 1L);
        assertThat(counts(narrowed, Facet.SKILL)).containsEntry("writing", 1L).hasSize(1);
        CommunityResults both = community.search(
                SearchKind.REQUESTS,
                SearchSupport.query(
                        "quibblestone", Map.of("topic", List.of("onboarding"), "skill", List.of("writing"))));
        assertThat(CommunitySupport.requestIds(both)).containsExactly(onboarding);
        assertThat(community.count(
                        SearchKind.REQUESTS,
                        SearchSupport.query("quibblestone", Map.of("topic", List.of("sourcing", "onboarding")))))
                .isEqualTo(3);
        // Case facets do not apply to requests.
        assertThat(community.count(
                        SearchKind.REQUESTS,
                        SearchSupport.query("quibblestone", Map.of("outcome", List.of("failure")))))
                .isEqualTo(3);

        Person voter = fixtures.member(MemberRole.MEMBER);
        Person another = fixtures.member(MemberRole.MEMBER);
        agenda.vote(third, voter.id());
        agenda.vote(third, another.id());
        agenda.vote(sourcing, voter.id());
        SearchQuery byVotes = SearchSupport.query("quibblestone", Map.of("sort", List.of("helpful")));
        CommunityResults ranked = CommunitySupport.until(
                community,
                byVotes,
                SearchKind.REQUESTS,
                r -> CommunitySupport.requestIds(r).equals(List.of(third, sourcing, onboarding)));
        assertThat(ranked.requests().get(0).request().votes()).isEqualTo(2);
        mvc.perform(get("/search")
                        .param("q", "quibblestone")
                        .param("kind", "requests")
                        .param("topic", "onboarding"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Most votes")))
                // Switching to cases keeps the words and the topic.
                .andExpect(content().string(containsString("href=\"/search?q=quibblestone&amp;topic=onboarding\"")))
                .andExpect(content().string(containsString("href=\"/search?q=quibblestone&amp;kind=requests\" hx-get")))
                .andExpect(content().string(not(containsString("Quibblestone sourcing at scale"))));
    }

    @Test
    void aRequestMergedAsADuplicateLeavesSearch() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long kept = request(
                poster, "Frumplewick referral bonuses", "Did frumplewick referral bonuses work?", Topic.of("sourcing"));
        long duplicate = request(
                poster, "Frumplewick bonuses for referrals", "Same frumplewick question, again.", Topic.of("sourcing"));
        CommunitySupport.until(community, SearchKind.REQUESTS, "frumplewick", r -> r.total() == 2);

        agenda.merge(duplicate, kept, editor.id());
        // Read live from the agenda: gone at once, and from the index soon after.
        assertThat(CommunitySupport.requestIds(community.search(SearchKind.REQUESTS, SearchQuery.of("frumplewick"))))
                .containsExactly(kept);
        CommunitySupport.until(community, SearchKind.REQUESTS, "frumplewick", r -> r.total() == 1);
    }

    @Test
    void whileWritingARequestMembersSeeSimilarRequestsAndCasesFromTheIndex() throws Exception {
        assertThat(similar.getClass().getName()).contains("org.hros.search");
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = publish(
                poster,
                editor,
                "Our applicant tracking system plinkerton migration",
                "Moving to a new applicant tracking system broke plinkerton reports.",
                Topic.of("recruiting-analytics"));
        long requestId = request(
                poster,
                "Plinkerton reports after an ATS change",
                "Our plinkerton reports broke when we changed the ATS.",
                Topic.of("recruiting-analytics"));
        long closed = request(
                poster,
                "Plinkerton dashboards nobody opens",
                "Closed long ago: plinkerton dashboards.",
                Topic.of("recruiting-analytics"));
        agenda.changeStatus(
                closed, editor.id(), org.hros.request.RequestStatus.CLOSED, org.hros.request.CloseReason.STALE);
        SearchSupport.found(search, "plinkerton", caseId);
        CommunitySupport.until(community, SearchKind.REQUESTS, "plinkerton", r -> r.total() == 2);
        CommunitySupport.until(
                community,
                SearchKind.REQUESTS,
                "plinkerton",
                r -> r.requests().stream()
                        .anyMatch(h -> h.request().id() == closed
                                && h.request().status() == org.hros.request.RequestStatus.CLOSED));

        // A typo, and the field's synonym (ATS for applicant tracking system), both found through the index.
        List<SimilarItem> items = similar.similarTo("plinkerten applicant tracking system", 5);
        assertThat(items)
                .extracting(SimilarItem::type, SimilarItem::id)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(SubjectType.REQUEST, requestId),
                        org.assertj.core.groups.Tuple.tuple(SubjectType.CASE, caseId))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(SubjectType.REQUEST, closed));
        mvc.perform(get("/requests/similar").param("title", "plinkerten reports"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plinkerton reports after an ATS change")))
                .andExpect(content().string(containsString("Our applicant tracking system plinkerton migration")));
        assertThat(similar.similarTo("ab", 5)).isEmpty();
        assertThat(similar.similarTo("x".repeat(10_000), 5)).isEmpty();
    }

    @Test
    void aRequestPageOffersCasesThatMayAnswerItAndEditorsLinkOneInOneClick() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long answer = publish(
                poster,
                editor,
                "Gobbledrake interview panels we never trained",
                "Untrained gobbledrake interview panels cost us good candidates.",
                Topic.of("candidate-experience"));
        long unrelated = publish(
                poster,
                editor,
                "A careers site rebuild",
                "Nothing about panels at all here.",
                Topic.of("careers-site"));
        long requestId = request(
                poster,
                "Training gobbledrake interview panels",
                "How did you train gobbledrake interview panels so candidates stopped dropping out?",
                Topic.of("candidate-experience"));
        SearchSupport.found(search, "gobbledrake", answer);
        SearchSupport.found(search, "careers site rebuild", unrelated);
        assertThat(community.answers(requestId, 5)).extracting(c -> c.id()).contains(answer);
        assertThat(community.answers(requestId, 5).get(0).id()).isEqualTo(answer);
        assertThat(community.answers(999_999_999L, 5)).isEmpty();

        String page = "/requests/" + requestId + "/" + Slugs.slugify("Training gobbledrake interview panels");
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/search/answers/" + requestId + "\"")))
                .andExpect(content().string(containsString("href=\"/search/answers/" + requestId + "\"")));
        // A reader sees the cases, without the editors' button.
        mvc.perform(get("/search/answers/" + requestId).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gobbledrake interview panels we never trained")))
                .andExpect(content().string(not(containsString("/review/requests/"))));
        mvc.perform(get("/search/answers/" + requestId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Back to the request")));
        MemberPrincipal editorPrincipal = new MemberPrincipal(
                editor.id(), editor.email(), Slugs.slugify(editor.name()), editor.name(), MemberRole.EDITOR, true, "");
        mvc.perform(get("/search/answers/" + requestId)
                        .header("HX-Request", "true")
                        .with(user(editorPrincipal)))
                .andExpect(content().string(containsString("action=\"/review/requests/" + requestId + "/cases\"")))
                .andExpect(content().string(containsString("name=\"caseRef\" value=\"" + answer + "\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/api/v1/search/answers/" + requestId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(answer));

        // Without the CSRF token the link is refused; with it, the case answers the request.
        mvc.perform(post("/review/requests/" + requestId + "/cases")
                        .param("caseRef", String.valueOf(answer))
                        .with(user(editorPrincipal)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/requests/" + requestId + "/cases")
                        .param("caseRef", String.valueOf(answer))
                        .with(user(editorPrincipal))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Link this case to the request?")));
        mvc.perform(post("/review/requests/" + requestId + "/cases")
                        .param("caseRef", String.valueOf(answer))
                        .param("confirmed", "yes")
                        .with(user(editorPrincipal))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/review/requests/" + requestId));
        // A linked case is no longer offered as a possible answer.
        assertThat(community.answers(requestId, 5)).extracting(c -> c.id()).doesNotContain(answer);
        mvc.perform(get("/api/v1/search/answers/" + requestId))
                .andExpect(jsonPath("$[?(@.id == " + answer + ")]", hasSize(0)));
    }

    @Test
    void aRebuildBringsBackLostRequestAndReplyDocuments() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = publish(poster, editor, "Rebuilt discussions", "A case to talk about.", Topic.of("sourcing"));
        long requestId = request(
                poster,
                "Thrummelgate requests lost",
                "A thrummelgate request whose document is lost.",
                Topic.of("sourcing"));
        long replyId = discussion.post(
                new SubjectRef(SubjectType.CASE, caseId), editor.id(), "A thrummelgate reply, lost too.", null);
        CommunitySupport.until(community, SearchKind.REQUESTS, "thrummelgate", r -> r.total() == 1);
        CommunitySupport.until(community, SearchKind.DISCUSSION, "thrummelgate", r -> r.total() == 1);
        // As after an upgrade or a lost event: the documents are gone, the index purged by the rebuild.
        jdbc.update("delete from request_document where id = ?", requestId);
        jdbc.update("delete from reply_document where id = ?", replyId);
        // And as after a lost withdrawal: a reply's document outlived its case.
        long withdrawn = publish(poster, editor, "Withdrawn with its talk", "Soon gone.", Topic.of("sourcing"));
        long orphan = discussion.post(
                new SubjectRef(SubjectType.CASE, withdrawn), editor.id(), "A thrummelgate orphan.", null);
        CommunitySupport.indexed(community, SearchKind.DISCUSSION, "thrummelgate", 2);
        fixtures.authoring().withdraw(poster.id(), withdrawn);
        CommunitySupport.indexed(community, SearchKind.DISCUSSION, "thrummelgate", 1);
        jdbc.update(
                "insert into reply_document (id, subject_type, subject_id, body, created_at) values (?, 'CASE', ?,"
                        + " 'A thrummelgate orphan.', now())",
                orphan,
                withdrawn);

        assertThat(maintenance.rebuild()).isTrue();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !maintenance.status().rebuilding());
        assertThat(maintenance.status().failed()).isFalse();
        assertThat(maintenance.status().requests()).isGreaterThanOrEqualTo(1);
        assertThat(maintenance.status().replies()).isGreaterThanOrEqualTo(1);
        assertThat(CommunitySupport.requestIds(community.search(SearchKind.REQUESTS, SearchQuery.of("thrummelgate"))))
                .containsExactly(requestId);
        assertThat(CommunitySupport.replyIds(community.search(SearchKind.DISCUSSION, SearchQuery.of("thrummelgate"))))
                .containsExactly(replyId);
        assertThat(community.count(SearchKind.DISCUSSION, SearchQuery.of("thrummelgate")))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from reply_document where id = ?", Long.class, orphan))
                .isZero();
    }

    @Autowired
    org.hros.search.domain.indexing.IndexMaintenance maintenance;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static Map<String, Long> counts(CommunityResults results, Facet facet) {
        return results.facets().stream()
                .filter(f -> f.facet() == facet)
                .flatMap(f -> f.values().stream())
                .collect(java.util.stream.Collectors.toMap(
                        SearchResults.FacetValue::value, SearchResults.FacetValue::count));
    }
}
