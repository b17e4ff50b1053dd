package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.discussion.Viewer;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.shared.Slugs;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replies and requests in search never show who wrote them; the author of a case that does not name them cannot
 * be found through their replies; removed replies and the discussion of a withdrawn case leave search.
 */
class CommunitySearchPrivacyTests extends IntegrationTestBase {

    @Autowired
    CommunitySearch community;

    @Autowired
    DiscussionService discussion;

    @Autowired
    Agenda agenda;

    @Autowired
    JdbcTemplate jdbc;

    long publish(Person author, Person editor, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void repliesByTheAuthorOfACaseThatDoesNotNameThemAreNeverFoundByWhoTheyAre() throws Exception {
        Person editor = fixtures.member(MemberRole.EDITOR);
        for (AttributionMode mode : List.of(AttributionMode.ANONYMOUS, AttributionMode.ROLE_ONLY)) {
            Person author = fixtures.member(MemberRole.MEMBER);
            Person reader = fixtures.member(MemberRole.MEMBER);
            String title = "Snarfwhistle panels, " + mode.name().toLowerCase();
            long caseId = publish(author, editor, title, mode);
            SubjectRef subject = new SubjectRef(SubjectType.CASE, caseId);
            // Words far apart, so that typo tolerance does not find one for the other.
            String word = mode == AttributionMode.ANONYMOUS ? "snarfwhistle" : "quonkleberry";
            long question = discussion.post(subject, reader.id(), "Was the " + word + " panel trained?", null);
            long answer = discussion.post(subject, author.id(), "No, the " + word + " panel never was.", question);
            CommunitySupport.until(community, SearchKind.DISCUSSION, word, r -> r.total() == 2);

            String handle = Slugs.slugify(author.name());
            String company = "Canary Corp "
                    + author.email()
                            .substring(
                                    author.email().indexOf('-') + 1,
                                    author.email().indexOf('@'));
            for (String identity : List.of(author.name(), handle, "@" + handle, author.email(), company)) {
                assertThat(CommunitySupport.replyIds(community.search(SearchKind.DISCUSSION, SearchQuery.of(identity))))
                        .as("searching replies for " + identity)
                        .doesNotContain(answer, question);
            }
            for (String path : List.of(
                    "/search?kind=discussion&q=" + word,
                    "/api/v1/search/replies?q=" + word,
                    "/search?q=" + word,
                    "/api/v1/search?q=" + word)) {
                mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString(author.name()))))
                        .andExpect(content().string(not(containsString(handle))))
                        .andExpect(content().string(not(containsString(author.email()))))
                        .andExpect(content().string(not(containsString(company))))
                        // Other members' named cases may come up beside it (nearest in meaning): only this
                        // author's page must never be linked.
                        .andExpect(content().string(not(containsString("/members/" + handle))));
            }
            mvc.perform(get("/search").param("kind", "discussion").param("q", word))
                    .andExpect(content().string(containsString("#reply-" + answer)));
        }
        // What the index is built from has no place for an author at all.
        List<String> columns = jdbc.queryForList(
                "select column_name from information_schema.columns where table_name in ('reply_document',"
                        + " 'request_document')",
                String.class);
        assertThat(columns).noneMatch(c -> c.contains("author") || c.contains("member") || c.contains("poster"));
    }

    @Test
    void aRequestHitNeverShowsWhoPostedIt() throws Exception {
        Person poster = fixtures.member(MemberRole.MEMBER);
        long id = agenda.post(
                poster.id(),
                new RequestCommand(
                        "Wobblegong hiring in rural areas",
                        "Where do you find wobblegong candidates far from cities?",
                        List.of(Topic.of("sourcing")),
                        List.of(),
                        null,
                        null));
        CommunitySupport.until(community, SearchKind.REQUESTS, "wobblegong", r -> r.total() == 1);
        assertThat(CommunitySupport.requestIds(community.search(SearchKind.REQUESTS, SearchQuery.of(poster.name()))))
                .doesNotContain(id);
        for (String path : List.of("/search?kind=requests&q=wobblegong", "/api/v1/search/requests?q=wobblegong")) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Wobblegong hiring in rural areas")))
                    .andExpect(content().string(containsString("/requests/" + id + "/")))
                    .andExpect(content().string(not(containsString(poster.name()))))
                    .andExpect(content().string(not(containsString(poster.email()))));
        }
    }

    @Test
    void aRemovedReplyLeavesSearchAtOnce() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = publish(author, editor, "Careers pages nobody read", AttributionMode.NAMED);
        SubjectRef subject = new SubjectRef(SubjectType.CASE, caseId);
        long kept = discussion.post(subject, reader.id(), "Our dingleberg page did fine.", null);
        long removed = discussion.post(subject, reader.id(), "A dingleberg remark I regret.", null);
        CommunitySupport.until(community, SearchKind.DISCUSSION, "dingleberg", r -> r.total() == 2);

        discussion.remove(removed, new Viewer(reader.id(), false));
        // No waiting: hits are read live from the discussion, which no longer shows it.
        assertThat(CommunitySupport.replyIds(community.search(SearchKind.DISCUSSION, SearchQuery.of("dingleberg"))))
                .containsExactly(kept);
        mvc.perform(get("/search").param("kind", "discussion").param("q", "dingleberg"))
                .andExpect(content().string(not(containsString("regret"))))
                .andExpect(content().string(containsString("did fine")));
        // And the index forgets it too.
        CommunitySupport.indexed(community, SearchKind.DISCUSSION, "dingleberg", 1);
        CommunitySupport.indexed(community, SearchKind.DISCUSSION, "regret", 0);
    }

    @Test
    void theDiscussionOfAWithdrawnOrTakenDownCaseLeavesSearch() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long withdrawn = publish(author, editor, "Withdrawn soon, a story", AttributionMode.NAMED);
        long takenDown = publish(author, editor, "Taken down soon, a story", AttributionMode.NAMED);
        long other = publish(author, editor, "Staying published, a story", AttributionMode.NAMED);
        discussion.post(new SubjectRef(SubjectType.CASE, withdrawn), reader.id(), "A crumplehorn thought.", null);
        discussion.post(new SubjectRef(SubjectType.CASE, withdrawn), author.id(), "Crumplehorn, indeed.", null);
        discussion.post(new SubjectRef(SubjectType.CASE, takenDown), reader.id(), "Crumplehorn again here.", null);
        long staying = discussion.post(
                new SubjectRef(SubjectType.CASE, other), reader.id(), "Crumplehorn on a case that stays.", null);
        CommunitySupport.until(community, SearchKind.DISCUSSION, "crumplehorn", r -> r.total() == 4);

        fixtures.authoring().withdraw(author.id(), withdrawn);
        fixtures.reviews().takeDown(takenDown, editor.id(), "Employer request");
        assertThat(CommunitySupport.replyIds(community.search(SearchKind.DISCUSSION, SearchQuery.of("crumplehorn"))))
                .containsExactly(staying);
        mvc.perform(get("/api/v1/search/replies").param("q", "crumplehorn"))
                .andExpect(content().string(not(containsString("Withdrawn soon"))))
                .andExpect(content().string(not(containsString("Taken down soon"))));
        CommunitySupport.indexed(community, SearchKind.DISCUSSION, "crumplehorn", 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reply_document where subject_type = 'CASE' and subject_id in (?, ?)",
                        Long.class,
                        withdrawn,
                        takenDown))
                .isZero();
    }
}
