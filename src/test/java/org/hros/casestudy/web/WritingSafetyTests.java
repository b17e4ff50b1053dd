package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.casestudy.domain.DraftView;
import org.hros.member.MemberRole;
import org.hros.shared.NotFoundException;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Autosave, conflicts between two tabs, the preview, and confirmation before a draft or a case is destroyed. */
class WritingSafetyTests extends IntegrationTestBase {

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aSaveBasedOnAnOlderVersionShowsBothTextsAndOverwritesNothing() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Two tabs", Outcome.FAILURE, Topic.of("sourcing"));
        DraftView opened = authoring.draft(author.id(), id);
        // The other tab saves first.
        authoring.saveDraft(
                author.id(),
                id,
                TestFixtures.withSections(
                        TestFixtures.completeCase(
                                "Two tabs", Outcome.FAILURE, Topic.of("sourcing"), AttributionMode.NAMED),
                        Map.of(Section.SUMMARY, "A summary", Section.WRONG, "Theirs: we hired too late.")));

        MvcResult result = mvc.perform(form(author, id, opened.version(), "Mine: we never asked the team."))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        String html = result.getResponse().getContentAsString();
        assertThat(html)
                .contains("This draft was changed somewhere else")
                .contains("Theirs: we hired too late.")
                .contains("Mine: we never asked the team.");
        int current = authoring.draft(author.id(), id).version();
        // The form carries the author's text, based on the current version: saving it again is the choice "mine".
        assertThat(html).contains("id=\"draft-version\" value=\"" + current + "\"");
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).isEqualTo("Theirs: we hired too late.");

        MvcResult mine = mvc.perform(form(author, id, current, "Mine: we never asked the team."))
                .andReturn();
        assertThat(mine.getResponse().getRedirectedUrl()).isEqualTo("/my/cases/" + id);
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG))
                .isEqualTo("Mine: we never asked the team.");
    }

    @Test
    void aStaleSaveOfWhatIsStoredAlreadyIsNoConflict() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Crossed saves", Outcome.FAILURE, Topic.of("sourcing"));
        int opened = authoring.draft(author.id(), id).version();
        mvc.perform(form(author, id, opened, "Same words").header("HX-Request", "true"));
        // "Save draft" pressed while that autosave was on its way: based on the old version, same content.
        MvcResult result = mvc.perform(form(author, id, opened, "Same words")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/cases/" + id);
    }

    @Test
    void anAutosaveAnswersWithTheQuietStatusAndTheNextVersion() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Autosaved", Outcome.FAILURE, Topic.of("sourcing"));
        int opened = authoring.draft(author.id(), id).version();
        MvcResult result = mvc.perform(
                        form(author, id, opened, "Typed, not yet saved by hand").header("HX-Request", "true"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        DraftView saved = authoring.draft(author.id(), id);
        assertThat(saved.markdown(Section.WRONG)).isEqualTo("Typed, not yet saved by hand");
        assertThat(html).contains("Saved at ").contains("UTC").doesNotContain("<html");
        assertThat(html)
                .contains("id=\"draft-version\" value=\"" + saved.version() + "\"")
                .contains("hx-swap-oob");

        // An autosave from a tab that fell behind saves nothing and says so.
        MvcResult stale = mvc.perform(
                        form(author, id, opened, "From the old tab").header("HX-Request", "true"))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(stale.getResponse().getContentAsString()).contains("changed in another tab");
        assertThat(authoring.draft(author.id(), id).markdown(Section.WRONG)).isEqualTo("Typed, not yet saved by hand");
    }

    @Test
    void theFirstAutosaveOfANewCaseCreatesItsDraft() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        MvcResult result = mvc.perform(post("/cases")
                        .with(user(details(author)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("type", "SPARK")
                        .param("title", "A spark begun")
                        .param("why", "Because the tab may close"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String path = result.getResponse().getHeader("HX-Replace-Url");
        assertThat(path).matches("/my/cases/\\d+");
        assertThat(result.getResponse().getHeader("HX-Trigger"))
                .contains("hros:draft-created")
                .contains(path);
        long id = Long.parseLong(path.substring("/my/cases/".length()));
        assertThat(authoring.draft(author.id(), id).markdown(Section.WHY)).isEqualTo("Because the tab may close");

        MvcResult untitled = mvc.perform(post("/cases")
                        .with(user(details(author)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("type", "SPARK")
                        .param("title", ""))
                .andReturn();
        assertThat(untitled.getResponse().getStatus()).isEqualTo(422);
        assertThat(untitled.getResponse().getContentAsString()).contains("Not saved yet");
    }

    @Test
    void thePreviewRendersWithThePublishingSanitiser() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String hostile =
                "**Bold** move <script>alert('x')</script> [click](javascript:alert(1)) <img src=x onerror=alert(2)>";
        MvcResult panel = mvc.perform(post("/cases/preview")
                        .with(user(details(author)))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("type", "CASE_STUDY")
                        .param("preview", "wrong")
                        .param("summary", "Not this one")
                        .param("wrong", hostile))
                .andReturn();
        assertThat(panel.getResponse().getStatus()).isEqualTo(200);
        String html = panel.getResponse().getContentAsString();
        assertThat(html)
                .contains("<strong>Bold</strong>")
                .doesNotContain("Not this one")
                .doesNotContain("<html");
        assertThat(html.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("javascript:")
                .doesNotContain("onerror");

        MvcResult page = mvc.perform(post("/cases/preview")
                        .with(user(details(author)))
                        .with(csrf())
                        .param("type", "CASE_STUDY")
                        .param("title", "Whole case")
                        .param("summary", "First _section_")
                        .param("wrong", hostile))
                .andReturn();
        String full = page.getResponse().getContentAsString();
        assertThat(full).contains("<html").contains("<em>section</em>").contains("<strong>Bold</strong>");
        assertThat(full.toLowerCase()).doesNotContain("<script>alert").doesNotContain("javascript:alert");
    }

    @Test
    void thePreviewNeedsItsCsrfTokenAndIsRateLimited() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        MvcResult forged = mvc.perform(
                        post("/cases/preview").with(user(details(author))).param("summary", "x"))
                .andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);

        int status = 200;
        for (int i = 0; i < 130 && status == 200; i++) {
            status = mvc.perform(post("/cases/preview")
                            .with(user(details(author)))
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("preview", "summary")
                            .param("summary", "Preview " + i))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void deletingADraftIsConfirmedFirst() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.draft(author, "Draft to delete", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult page = mvc.perform(get("/my/cases/" + id + "/delete").with(user(details(author))))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Delete this draft?")
                .contains("Draft to delete")
                .contains("method=\"post\" action=\"/my/cases/" + id + "/delete\"");
        assertThat(authoring.draft(author.id(), id)).isNotNull();

        mvc.perform(
                post("/my/cases/" + id + "/delete").with(user(details(author))).with(csrf()));
        assertThatThrownBy(() -> authoring.draft(author.id(), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void withdrawingACaseExplainsWhatReadersWillSeeFirst() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.published(author, editor, "Case to withdraw", Outcome.FAILURE, Topic.of("sourcing"));
        MvcResult page = mvc.perform(get("/my/cases/" + id + "/withdraw").with(user(details(author))))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Withdraw this case?")
                .contains("410 Gone")
                .contains("search")
                .contains("action=\"/my/cases/" + id + "/withdraw\"");
        assertThat(authoring.draft(author.id(), id).withdrawn()).isFalse();

        // The editor page offers the dialog and a link to the same page, never a one-click form.
        String editorPage = mvc.perform(get("/my/cases/" + id).with(user(details(author))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(editorPage)
                .contains("href=\"/my/cases/" + id + "/withdraw\" data-confirm-dialog=\"confirm-withdraw\"")
                .contains("<dialog class=\"confirm-dialog\" id=\"confirm-withdraw\"");

        mvc.perform(post("/my/cases/" + id + "/withdraw")
                .with(user(details(author)))
                .with(csrf()));
        assertThat(authoring.draft(author.id(), id).withdrawn()).isTrue();
        assertThat(authoring.draft(author.id(), id).status()).isNotEqualTo(CaseStatus.SUBMITTED);
    }

    private MockHttpServletRequestBuilder form(Person author, long id, int version, String wrong) {
        return post("/my/cases/" + id)
                .with(user(details(author)))
                .with(csrf())
                .param("type", "CASE_STUDY")
                .param("title", "Two tabs")
                .param("outcome", "FAILURE")
                .param("topics", "sourcing")
                .param("summary", "A summary")
                .param("wrong", wrong)
                .param("attribution", "NAMED")
                .param("licence", "CC_BY_4_0")
                .param("version", String.valueOf(version))
                .param("action", "save");
    }

    private UserDetails details(Person member) {
        return accounts.loadUserByUsername(member.email());
    }
}
