package org.hros.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.review.web.FixDraft;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An editor fixes a small thing in a submission without returning it; the author sees what and why. */
class EditorFixTests extends IntegrationTestBase {

    private static final Section SECTION = Section.of(CaseType.CASE_STUDY).get(0);

    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor as(Person p, MemberRole role) {
        return user(new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, ""));
    }

    private ResultActions fix(Person editor, long id, String text, String why) throws Exception {
        return mvc.perform(post("/review/" + id + "/fix")
                .with(as(editor, MemberRole.EDITOR))
                .with(csrf())
                .param("section", SECTION.key())
                .param("text", text)
                .param("why", why));
    }

    private String page(Person who, MemberRole role, String path) throws Exception {
        return mvc.perform(get(path).with(as(who, role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aFixIsKeptWithTheTextBeforeAndAfterAndTheAuthorIsToldWhy() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "Our hotline that nobody answered", Outcome.FAILURE, Topic.of("dei"));
        fixtures.authoring().submit(author.id(), id);
        String before = "Text for **" + SECTION.key() + "** of Our hotline that nobody answered.";

        // Only the editor who claimed it may fix it.
        fix(editor, id, before + " Call me on +44 20 7946 0018.", "Too early").andExpect(status().isConflict());
        fixtures.reviews().claim(id, editor.id());

        fix(editor, id, "Text for **" + SECTION.key() + "** of our hotline.", "Took out the hotline's full name.")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "review.fix.done"));

        String review = page(editor, MemberRole.EDITOR, "/review/" + id);
        assertThat(review)
                .contains("fixed this section")
                .contains("Took out the hotline's full name.")
                .contains(before)
                .contains("of our hotline.");
        String mine = page(author, MemberRole.MEMBER, "/my/cases/" + id);
        assertThat(mine).contains("fixed this section").contains("Took out the hotline's full name.");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from notice where recipient_id = ? and link = ? and text = ?")
                                .params(
                                        author.id(),
                                        "/my/cases/" + id,
                                        "An editor fixed a small thing in \"Our hotline that nobody answered\" while"
                                                + " reviewing it: Took out the hotline's full name.")
                                .query(Integer.class)
                                .single()
                        == 1);

        // The fix is what readers get once it is published.
        fixtures.reviews().publish(id, editor.id());
        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("of our hotline.")));
    }

    @Test
    void aFixThatIsNoSmallThingOrHasNoReasonComesBackInItsFormWithWhy() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "An assessment nobody could pass", Outcome.FAILURE, Topic.of("dei"));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        String before = "Text for **" + SECTION.key() + "** of An assessment nobody could pass.";

        expectRefused(fix(editor, id, "", "Emptied it"), "review.fix.empty");
        expectRefused(fix(editor, id, before, "Nothing"), "review.fix.unchanged");
        expectRefused(
                fix(editor, id, before + " " + "A rewritten paragraph. ".repeat(20), "Rewrote"), "review.fix.tooBig");
        expectRefused(fix(editor, id, before.replace("Text", "Words"), " "), "review.fix.whyRequired");

        assertThat(jdbc.sql("select count(*) from review_note where case_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static void expectRefused(ResultActions result, String problem) throws Exception {
        result.andExpect(status().is3xxRedirection())
                .andDo(r -> assertThat(((FixDraft) r.getFlashMap().get("fixDraft")).problem())
                        .isEqualTo(problem));
    }
}
