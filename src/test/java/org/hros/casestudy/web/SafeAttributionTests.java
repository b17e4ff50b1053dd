package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class SafeAttributionTests extends IntegrationTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static RequestPostProcessor as(Person p, MemberRole role) {
        return user(new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, ""));
    }

    private long publishedAs(Person author, Person editor, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("dei"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    @Test
    void moreprivateTakesEffectAtOnceEverywhere() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = publishedAs(author, editor, "Diverse panels that burnt people out", AttributionMode.NAMED);
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(jsonPath("$.attribution.name").value(author.name()));

        mvc.perform(post("/my/cases/" + id + "/attribution")
                        .with(as(author, MemberRole.MEMBER))
                        .with(csrf())
                        .param("attribution", "ANONYMOUS"))
                .andExpect(redirectedUrl("/my/cases/" + id));

        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(jsonPath("$.attribution.mode").value("ANONYMOUS"))
                .andExpect(content().string(not(containsString(author.name()))));
        mvc.perform(get("/cases").param("topic", "dei"))
                .andExpect(content().string(not(containsString(author.name()))));
        mvc.perform(get("/cases/" + id + "/diverse-panels-that-burnt-people-out"))
                .andExpect(content().string(containsString("A member")))
                .andExpect(content().string(not(containsString(author.name()))))
                .andExpect(content().string(not(containsString("/members/"))));
    }

    @Test
    void showingMoreNeedsAnExplicitConfirmation() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = publishedAs(author, editor, "Layoff video that backfired", AttributionMode.ANONYMOUS);

        mvc.perform(post("/my/cases/" + id + "/attribution")
                        .with(as(author, MemberRole.MEMBER))
                        .with(csrf())
                        .param("attribution", "NAMED"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Show readers more about you?")));
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(jsonPath("$.attribution.mode").value("ANONYMOUS"));

        // Editing the case cannot slip a less private credit past the confirmation either.
        String token = fixtures.token(author);
        mvc.perform(post("/api/v1/cases/" + id + "/attribution")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"attribution\":\"ROLE_ONLY\",\"roleDescriptor\":\"HR lead\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("confirm")));

        mvc.perform(post("/my/cases/" + id + "/attribution")
                        .with(as(author, MemberRole.MEMBER))
                        .with(csrf())
                        .param("attribution", "NAMED")
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/my/cases/" + id));
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(jsonPath("$.attribution.name").value(author.name()));
    }

    @Test
    void editorTakedownIsImmediateAndAudited() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person admin = fixtures.member(MemberRole.ADMIN);
        long id = publishedAs(author, editor, "A case its employer objected to", AttributionMode.ROLE_ONLY);

        mvc.perform(post("/review/cases/" + id + "/takedown")
                        .with(as(editor, MemberRole.EDITOR))
                        .with(csrf())
                        .param("reason", "Legal request from the employer, ticket 42"))
                .andExpect(redirectedUrl("/review"));
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/cases").param("topic", "dei")).andExpect(jsonPath("$.items[*].id", not(hasItem(id))));

        mvc.perform(get("/admin/audit").with(as(admin, MemberRole.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Took the case down")))
                .andExpect(content().string(containsString("Legal request from the employer, ticket 42")));
        mvc.perform(get("/admin/audit").with(as(editor, MemberRole.EDITOR))).andExpect(status().isForbidden());
    }

    @Test
    void editorsSeeingTheRealAuthorIsAudited() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person admin = fixtures.member(MemberRole.ADMIN);
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.completeCase(
                                "Anonymous story under review",
                                Outcome.FAILURE,
                                Topic.of("dei"),
                                AttributionMode.ANONYMOUS));
        fixtures.authoring().submit(author.id(), id);

        for (int view = 0; view < 3; view++) {
            mvc.perform(get("/review/" + id).with(as(editor, MemberRole.EDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(author.name())));
        }
        mvc.perform(get("/admin/audit").with(as(admin, MemberRole.ADMIN)))
                .andExpect(content().string(containsString("Saw the author on the review screen")))
                .andExpect(content().string(containsString("Round 1: Anonymous story under review")))
                .andExpect(content().string(containsString("/review/" + id)));
        // Once per editor and review round, however often the screen is opened.
        assertThat(views(id, editor)).isEqualTo(1);

        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().returnToAuthor(id, editor.id(), "Please say more about what you would do again.");
        fixtures.authoring().submit(author.id(), id);
        mvc.perform(get("/review/" + id).with(as(editor, MemberRole.EDITOR))).andExpect(status().isOk());
        mvc.perform(get("/review/" + id).with(as(editor, MemberRole.EDITOR))).andExpect(status().isOk());
        assertThat(views(id, editor)).isEqualTo(2);
    }

    private Integer views(long caseId, Person editor) {
        return jdbc.sql(
                        "select count(*) from audit_entry where case_id = ? and actor_id = ? and action = 'VIEWED_AUTHOR'")
                .params(caseId, editor.id())
                .query(Integer.class)
                .single();
    }
}
