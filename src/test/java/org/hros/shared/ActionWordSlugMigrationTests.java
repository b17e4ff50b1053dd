package org.hros.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases and requests saved before action words were kept out of slugs: the migration gives them the same "-1" a
 * new title gets, for every word {@link Slugs} keeps out, so a request titled "Edit" opens its page and not its
 * edit form, and the case's page stays where its links lead.
 */
class ActionWordSlugMigrationTests extends IntegrationTestBase {

    private static final String MIGRATION = "db/migration/V61__slugs_that_name_actions.sql";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agenda agenda;

    @Test
    void theMigrationNamesEveryActionWord() throws IOException {
        String sql = migration();
        assertThat(Slugs.RESERVED).allSatisfy(word -> assertThat(sql).contains("'" + word + "'"));
    }

    @Test
    void aCaseAndARequestWhoseSlugWasAnActionWordGetTheSameSlugANewTitleWould() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = fixtures.published(
                author, editor, "Edit the welcome pack with new starters", Outcome.MIXED, Topic.of("onboarding"));
        long requestId = agenda.post(
                author.id(),
                new RequestCommand(
                        "Edit your own job adverts",
                        "How do you get hiring managers to edit their own job adverts before they go live?",
                        List.of(Topic.of("technical-copywriting")),
                        List.of(),
                        null,
                        null));
        // As a title that was the bare word would have been saved before.
        jdbc.sql("update case_study set slug = 'edit' where id = ?")
                .param(caseId)
                .update();
        jdbc.sql("update case_revision set slug = 'edit' where case_id = ?")
                .param(caseId)
                .update();
        jdbc.sql("update request set slug = 'edit' where id = ?")
                .param(requestId)
                .update();
        mvc.perform(get("/requests/" + requestId))
                .andExpect(header().string("Location", "/requests/" + requestId + "/edit"));

        jdbc.sql(migration()).update();

        assertThat(slug("select slug from case_study where id = ?", caseId)).isEqualTo("edit-1");
        assertThat(slug("select slug from case_revision where case_id = ? and current", caseId))
                .isEqualTo("edit-1");
        assertThat(slug("select slug from request where id = ?", requestId)).isEqualTo("edit-1");
        mvc.perform(get("/requests/" + requestId))
                .andExpect(header().string("Location", "/requests/" + requestId + "/edit-1"));
        mvc.perform(get("/requests/" + requestId + "/edit-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hiring managers")));
        mvc.perform(get("/cases/" + caseId)).andExpect(header().string("Location", "/cases/" + caseId + "/edit-1"));
        mvc.perform(get("/cases/" + caseId + "/edit-1")).andExpect(status().isOk());

        // Running it again changes nothing: "edit-1" is not an action word.
        jdbc.sql(migration()).update();
        assertThat(slug("select slug from request where id = ?", requestId)).isEqualTo("edit-1");
    }

    private String slug(String sql, long id) {
        return jdbc.sql(sql).param(id).query(String.class).single();
    }

    private static String migration() throws IOException {
        return new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
    }
}
