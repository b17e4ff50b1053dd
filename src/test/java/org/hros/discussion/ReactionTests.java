package org.hros.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseOrder;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberRole;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ReactionTests extends IntegrationTestBase {

    @Autowired
    ReactionService reactions;

    @Autowired
    DiscussionService discussion;

    @Autowired
    CaseCatalog catalog;

    @Autowired
    ApplicationEvents events;

    @Test
    void reactionsToggleIdempotentlyAndCount() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        String title = "Job ads rewritten by committee";
        long caseId = scene.published(author, title, AttributionMode.NAMED);
        String path = Scene.path(caseId, title);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/reactions/CASE/" + caseId + "/helped")
                            .with(user(Scene.principal(reader)))
                            .with(csrf())
                            .param("on", "true"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(path));
        }
        SubjectRef subject = new SubjectRef(SubjectType.CASE, caseId);
        assertThat(reactions.count(subject, ReactionKind.HELPED)).isEqualTo(1);
        assertThat(events.stream(ReactionsChanged.class)).containsExactly(new ReactionsChanged(subject, 1));

        mvc.perform(post("/reactions/CASE/" + caseId + "/failed-too")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("on", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-pressed=\"true\" data-reaction=\"failed-too\"")))
                .andExpect(content()
                        .string(containsString("I failed at this too <span class=\"reaction__count\">1</span>")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get(path))
                .andExpect(content().string(containsString("This helped <span class=\"reaction__count\">1</span>")))
                .andExpect(content().string(containsString("href=\"/reactions/CASE/" + caseId + "/helped\"")));
        mvc.perform(get("/reactions/CASE/" + caseId + "/helped"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/members/" + Scene.handle(reader) + "\"")));

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/reactions/CASE/" + caseId + "/helped")
                            .with(user(Scene.principal(reader)))
                            .with(csrf())
                            .param("on", "false"))
                    .andExpect(status().isFound());
        }
        assertThat(reactions.count(subject, ReactionKind.HELPED)).isZero();

        mvc.perform(post("/reactions/CASE/" + caseId + "/helped").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(post("/reactions/CASE/999999999/helped")
                        .with(user(Scene.principal(reader)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reactions/CASE/" + caseId + "/applause")
                        .with(user(Scene.principal(reader)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void repliesTakeReactionsToo() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person reader = fixtures.member(MemberRole.MEMBER);
        long caseId = scene.published(author, "Career site we rebuilt twice", AttributionMode.NAMED);
        long reply = discussion.post(new SubjectRef(SubjectType.CASE, caseId), author.id(), "Ask me.", null);
        mvc.perform(post("/reactions/REPLY/" + reply + "/me-too")
                        .with(user(Scene.principal(reader)))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reactions-reply-" + reply + "\"")))
                .andExpect(content().string(containsString("Me too <span class=\"reaction__count\">1</span>")));
        discussion.remove(reply, new Viewer(author.id(), false));
        mvc.perform(post("/reactions/REPLY/" + reply + "/me-too")
                        .with(user(Scene.principal(reader)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void bookmarksArePrivateToTheirMember() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        Person keeper = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        String title = "Onboarding checklist nobody opened";
        long caseId = scene.published(author, title, AttributionMode.NAMED);
        mvc.perform(post("/reactions/CASE/" + caseId + "/bookmark")
                        .with(user(Scene.principal(keeper)))
                        .with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/my/bookmarks").with(user(Scene.principal(keeper))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + Scene.path(caseId, title) + "\"")));
        mvc.perform(get("/my/bookmarks").with(user(Scene.principal(other))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(containsString("No bookmarks yet")));
        mvc.perform(get("/my/bookmarks").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/reactions/CASE/" + caseId + "/bookmark")).andExpect(status().isNotFound());
        mvc.perform(get(Scene.path(caseId, title)).with(user(Scene.principal(other))))
                .andExpect(content().string(containsString("aria-pressed=\"false\" data-reaction=\"bookmark\"")));
        mvc.perform(get(Scene.path(caseId, title)).with(user(Scene.principal(keeper))))
                .andExpect(content().string(containsString("aria-pressed=\"true\" data-reaction=\"bookmark\"")));
        mvc.perform(get("/api/v1/cases/" + caseId + "/reactions"))
                .andExpect(content().string(not(containsString("bookmark"))));
        mvc.perform(get("/api/v1/cases/" + caseId + "/reactions/members").param("kind", "BOOKMARK"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void mostHelpfulOrderingFollowsTheHelpedCounts() throws Exception {
        Scene scene = new Scene(fixtures);
        Person author = fixtures.member(MemberRole.MEMBER);
        long older = scene.published(author, "Older case many found helpful", AttributionMode.NAMED);
        long newer = scene.published(author, "Newer case nobody marked", AttributionMode.NAMED);
        for (int i = 0; i < 3; i++) {
            reactions.set(
                    new SubjectRef(SubjectType.CASE, older),
                    fixtures.member(MemberRole.MEMBER).id(),
                    ReactionKind.HELPED,
                    true);
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(catalog.browse(CaseFilter.ANY, CaseOrder.MOST_HELPFUL, 1, 100)
                                .items())
                        .extracting(c -> c.id())
                        .containsSubsequence(older, newer));
        assertThat(catalog.browse(CaseFilter.ANY, CaseOrder.NEWEST, 1, 100).items())
                .extracting(c -> c.id())
                .containsSubsequence(newer, older);
        mvc.perform(get("/cases").param("sort", "helpful"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases?sort=helpful\"")))
                .andExpect(content().string(containsString("aria-current=\"true\">Most helpful")));
        mvc.perform(get("/cases").param("sort", "loudest")).andExpect(status().isBadRequest());
    }
}
