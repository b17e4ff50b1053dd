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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.member.domain.MemberService;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class RedactionAssistantTests extends IntegrationTestBase {

    @Autowired
    MemberService members;

    @Test
    void anAnonymousCaseNamingTheAuthorsCompanyNeedsAnExplicitConfirmationToBeSubmitted() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String company = companyOf(author);
        String token = fixtures.token(author);
        long id = draft(author, "At " + company + " we tried blind CVs.", AttributionMode.ANONYMOUS);

        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("confirmIdentifiable")));
        mvc.perform(form(author, id, AttributionMode.ANONYMOUS).param("action", "submit"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This case could identify you or your organisation.")))
                .andExpect(content().string(containsString("name=\"confirmIdentifiable\"")))
                .andExpect(content().string(containsString("hx-trigger=\"load\"")));
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.DRAFT);

        mvc.perform(form(author, id, AttributionMode.ANONYMOUS)
                        .param("action", "submit")
                        .param("confirmIdentifiable", "true"))
                .andExpect(redirectedUrl("/my/cases/" + id));
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void theApiSubmitsAnIdentifiableCaseOnceTheAuthorConfirms() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = draft(author, "At " + companyOf(author) + " we tried blind CVs.", AttributionMode.ROLE_ONLY);
        mvc.perform(post("/api/v1/cases/" + id + "/submit")
                        .param("confirmIdentifiable", "true")
                        .header("Authorization", "Bearer " + fixtures.token(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void namedCasesAreNeverHeldUp() {
        Person author = fixtures.member(MemberRole.MEMBER);
        long id = draft(author, "At " + companyOf(author) + " we tried blind CVs.", AttributionMode.NAMED);
        assertThat(fixtures.authoring().submit(author.id(), id).status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void oneClickReplacementRewritesTheDraftAndTheFindingGoes() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String company = companyOf(author);
        String summary = "At " + company + " we tried blind CVs.";
        long id = draft(author, summary, AttributionMode.ANONYMOUS);

        String panel = mvc.perform(get("/my/cases/" + id + "/redaction")
                        .with(user(principal(author)))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel)
                .doesNotContain("<html")
                .contains("<mark class=\"redaction-mark\">" + company + "</mark>")
                .contains("Replace with [our company]")
                .contains("name=\"_csrf\"")
                .contains("High");

        MockHttpSession session = new MockHttpSession();
        int start = summary.indexOf(company);
        mvc.perform(replace(author, id, start, start + company.length(), company)
                        .session(session)
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost/my/cases/" + id))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Refresh", "true"));

        assertThat(fixtures.authoring().draft(author.id(), id).markdown(Section.SUMMARY))
                .isEqualTo("At [our company] we tried blind CVs.");
        assertThat(fixtures.authoring().identifyingDetails(author.id(), id).in("summary"))
                .isEmpty();
        // The reloaded draft page says what happened and opens the findings again.
        mvc.perform(get("/my/cases/" + id).session(session).with(user(principal(author))))
                .andExpect(content().string(containsString("Replaced and saved as a new version of your draft.")))
                .andExpect(content().string(containsString("hx-trigger=\"load\"")))
                .andExpect(content().string(containsString("At [our company] we tried blind CVs.")));
        mvc.perform(get("/my/cases/" + id + "/redaction")
                        .with(user(principal(author)))
                        .header("HX-Request", "true"))
                .andExpect(content().string(not(containsString(company))));
    }

    @Test
    void aReplacementForTextThatHasChangedIsRefused() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String company = companyOf(author);
        long id = draft(author, "At " + company + " we tried blind CVs.", AttributionMode.ANONYMOUS);
        mvc.perform(replace(author, id, 0, company.length(), company))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("That text has changed since it was checked")));
        mvc.perform(replace(author, id, 0, company.length(), company).header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Refresh", "true"));
        assertThat(fixtures.authoring().draft(author.id(), id).markdown(Section.SUMMARY))
                .contains(company);
    }

    @Test
    void withoutJavaScriptTheFindingsAreAPageOfTheirOwn() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String company = companyOf(author);
        long id = draft(author, "At " + company + " we tried blind CVs.", AttributionMode.ANONYMOUS);
        mvc.perform(get("/my/cases/" + id).with(user(principal(author))))
                .andExpect(content().string(containsString("href=\"/my/cases/" + id + "/redaction\"")))
                .andExpect(content().string(containsString("Check for identifying details")));
        mvc.perform(get("/my/cases/" + id + "/redaction").with(user(principal(author))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("<mark class=\"redaction-mark\">" + company + "</mark>")));
        mvc.perform(replace(author, id, 3, 3 + company.length(), company))
                .andExpect(redirectedUrl("/my/cases/" + id + "/redaction"));
        assertThat(fixtures.authoring().draft(author.id(), id).markdown(Section.SUMMARY))
                .isEqualTo("At [our company] we tried blind CVs.");
    }

    @Test
    void theAuthorCanReadTheFindingsThroughTheApiAndNobodyElseCan() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        String company = companyOf(author);
        long id = draft(author, "At " + company + " we tried blind CVs.", AttributionMode.ANONYMOUS);
        mvc.perform(get("/api/v1/cases/" + id + "/identifying-details")
                        .header("Authorization", "Bearer " + fixtures.token(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("HIGH"))
                .andExpect(jsonPath("$.needsConfirmation").value(true))
                .andExpect(jsonPath("$.findings[*].text", hasItem(company)))
                .andExpect(jsonPath("$.findings[*].replacement", hasItem("[our company]")));
        Person other = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/api/v1/cases/" + id + "/identifying-details")
                        .header("Authorization", "Bearer " + fixtures.token(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEditorSeesTheFindingsNextToTheText() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String company = companyOf(author);
        long id = draft(author, "At " + company + " we tried blind CVs.", AttributionMode.ANONYMOUS);
        fixtures.authoring().submit(author.id(), id, true);
        mvc.perform(get("/review/" + id).with(user(principalOf(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Identifying details in this section")))
                .andExpect(content().string(containsString("<mark class=\"redaction-mark\">" + company + "</mark>")))
                .andExpect(content().string(containsString("Suggested replacement: [our company]")))
                .andExpect(content().string(containsString("The company in the author's profile is named.")))
                .andExpect(content().string(containsString("The author's company")))
                .andExpect(content().string(containsString("The author confirmed submitting this case although")));
    }

    @Test
    void nobodyElseSeesOrChangesAnAuthorsFindings() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        String company = companyOf(author);
        long id = draft(author, "At " + company + " we tried blind CVs.", AttributionMode.ANONYMOUS);
        mvc.perform(get("/my/cases/" + id + "/redaction").with(user(principal(other))))
                .andExpect(status().isNotFound());
        mvc.perform(replace(other, id, 3, 3 + company.length(), company)).andExpect(status().isNotFound());
        mvc.perform(post("/my/cases/" + id + "/redaction/replace")
                        .with(user(principal(author)))
                        .param("field", "summary")
                        .param("start", "3")
                        .param("end", "4")
                        .param("expected", "x")
                        .param("replacement", "x"))
                .andExpect(status().isForbidden());
    }

    private long draft(Person author, String summary, AttributionMode attribution) {
        CaseCommand complete = TestFixtures.completeCase(
                "Blind CVs in store hiring", Outcome.FAILURE, Topic.of("sourcing"), attribution);
        Map<Section, String> sections = new EnumMap<>(complete.sections());
        sections.put(Section.SUMMARY, summary);
        return fixtures.authoring().createDraft(author.id(), TestFixtures.withSections(complete, sections));
    }

    private MockHttpServletRequestBuilder form(Person author, long id, AttributionMode attribution) {
        var draft = fixtures.authoring().draft(author.id(), id);
        MockHttpServletRequestBuilder form = post("/my/cases/" + id)
                .with(user(principal(author)))
                .with(csrf())
                .param("type", draft.type().name())
                .param("version", String.valueOf(draft.version()))
                .param("title", draft.title())
                .param("outcome", draft.outcome().name())
                .param("licence", draft.licence().name())
                .param("attribution", attribution.name())
                .param("vendorDisclosure", draft.vendorDisclosure());
        if (draft.roleDescriptor() != null) {
            form.param("roleDescriptor", draft.roleDescriptor());
        }
        draft.topics().forEach(t -> form.param("topics", t.slug()));
        draft.skills().forEach(s -> form.param("skills", s.slug()));
        draft.sections().forEach((section, text) -> form.param(section.key(), text));
        return form;
    }

    private MockHttpServletRequestBuilder replace(Person author, long id, int start, int end, String expected) {
        return post("/my/cases/" + id + "/redaction/replace")
                .with(user(principal(author)))
                .with(csrf())
                .param("field", "summary")
                .param("start", String.valueOf(start))
                .param("end", String.valueOf(end))
                .param("expected", expected)
                .param("replacement", "[our company]");
    }

    private String companyOf(Person person) {
        return members.ownProfile(person.id()).company();
    }

    private static MemberPrincipal principal(Person p) {
        return principalOf(p, MemberRole.MEMBER);
    }

    private static MemberPrincipal principalOf(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }
}
