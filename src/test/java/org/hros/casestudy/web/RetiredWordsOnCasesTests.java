package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.shared.Region;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.VocabularyKind;
import org.hros.support.IntegrationTestBase;
import org.hros.support.RetiredWords;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.vocabulary.domain.TermAdministration;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** A case keeps the retired words it carries when its author edits it, through the form and the API. */
class RetiredWordsOnCasesTests extends IntegrationTestBase {

    @Autowired
    TermAdministration administration;

    @Autowired
    CaseAuthoring authoring;

    RetiredWords words;
    RetiredWords.SignedIn signedIn;
    Person author;
    String topic;
    String region;
    long caseId;

    @BeforeEach
    void aDraftWhoseTopicAndRegionWereRetiredSince() {
        words = new RetiredWords(
                administration, fixtures.member(MemberRole.ADMIN).id());
        author = fixtures.member(MemberRole.MEMBER);
        signedIn = new RetiredWords.SignedIn(mvc, author, MemberRole.MEMBER);
        topic = words.add(VocabularyKind.TOPIC, "gig-hiring");
        region = words.add(VocabularyKind.REGION, "nordics");
        CaseCommand complete =
                TestFixtures.completeCase("Our gig pilot", Outcome.FAILURE, Topic.of(topic), AttributionMode.NAMED);
        caseId = authoring.createDraft(author.id(), withRegion(complete, Region.of(region)));
        words.retire(VocabularyKind.TOPIC, topic);
        words.retire(VocabularyKind.REGION, region);
    }

    @Test
    void theEditFormShowsTheRetiredWordsChosenAndSavingKeepsThem() throws Exception {
        FormElement form = editForm();
        assertThat(RetiredWords.chosen(form, "topics", topic)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "topics", topic)).isEqualTo(RetiredWords.label(topic) + " (retired)");
        assertThat(RetiredWords.chosen(form, "region", region)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "region", region)).isEqualTo(RetiredWords.label(region) + " (retired)");
        // A retired word nothing carries is not offered at all.
        String other = words.retired(VocabularyKind.TOPIC, "never-offered");
        assertThat(RetiredWords.offeredAs(editForm(), "topics", other)).isEmpty();

        MockHttpServletResponse saved =
                signedIn.send(RetiredWords.sendBack(RetiredWords.type(form, "title", "Our gig pilot, edited")));
        assertThat(saved.getStatus()).isEqualTo(302);
        var draft = authoring.draft(author.id(), caseId);
        assertThat(draft.title()).isEqualTo("Our gig pilot, edited");
        assertThat(draft.topics()).contains(Topic.of(topic));
        assertThat(draft.context().region()).isEqualTo(Region.of(region));
    }

    @Test
    void theAuthorMayRemoveARetiredWordButNotAddAnother() throws Exception {
        String retiredSkill = words.retired(VocabularyKind.SKILL, "fax-outreach");
        MockHttpServletResponse refused =
                signedIn.send(RetiredWords.sendBack(editForm()).param("skills", retiredSkill));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString())
                .contains("This word is retired: what already carries it keeps it, but it cannot be added.");
        assertThat(authoring.draft(author.id(), caseId).skills()).doesNotContain(Skill.of(retiredSkill));
        assertThat(authoring.draft(author.id(), caseId).topics()).contains(Topic.of(topic));

        FormElement form = editForm();
        form.select("input[name=topics][value=" + topic + "]").removeAttr("checked");
        form.select("input[name=topics][value=sourcing]").attr("checked", "checked");
        assertThat(signedIn.send(RetiredWords.sendBack(form)).getStatus()).isEqualTo(302);
        assertThat(authoring.draft(author.id(), caseId).topics()).containsExactly(Topic.of("sourcing"));
        // Once removed, the retired word cannot come back.
        assertThat(signedIn.send(RetiredWords.sendBack(editForm()).param("topics", topic))
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theApiKeepsARetiredWordTheCaseCarriesAndRefusesOneNewlyAddedNamingTheField() throws Exception {
        String token = fixtures.token(author);
        String retiredSkill = words.retired(VocabularyKind.SKILL, "pager-sourcing");
        String body = """
                {"type":"CASE_STUDY","title":"Our gig pilot, through the API","outcome":"FAILURE",
                 "topics":["%s"],"skills":[%s],"context":{"region":"%s"},"licence":"CC_BY_4_0",
                 "attribution":"NAMED","version":%d,"sections":{"summary":"We tried gig hiring."}}
                """;
        int version = authoring.draft(author.id(), caseId).version();
        MockHttpServletResponse refused = mvc.perform(put("/api/v1/cases/" + caseId)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(topic, "\"" + retiredSkill + "\"", region, version)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.getContentAsString(), "$.errors[*].field"))
                .containsExactly("skills");

        MockHttpServletResponse kept = mvc.perform(put("/api/v1/cases/" + caseId)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(topic, "", region, version)))
                .andReturn()
                .getResponse();
        assertThat(kept.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(kept.getContentAsString(), "$.topics"))
                .containsExactly(topic);
        assertThat(authoring.draft(author.id(), caseId).context().region()).isEqualTo(Region.of(region));
    }

    @Test
    void aNewCaseMayNotTakeARetiredWord() {
        CaseCommand command =
                TestFixtures.completeCase("A new one", Outcome.MIXED, Topic.of(topic), AttributionMode.NAMED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> authoring.createDraft(author.id(), command))
                .isInstanceOfSatisfying(
                        org.hros.shared.FieldErrorsException.class,
                        e -> assertThat(e.errors())
                                .extracting(org.hros.shared.FieldErrorsException.FieldError::field)
                                .containsExactly("topics"));
    }

    private FormElement editForm() throws Exception {
        return signedIn.form("/my/cases/" + caseId, "topics");
    }

    private static CaseCommand withRegion(CaseCommand c, Region region) {
        CaseContext x = c.context();
        return new CaseCommand(
                c.type(),
                c.title(),
                c.outcome(),
                c.topics(),
                c.skills(),
                new CaseContext(x.sizeBand(), x.industry(), region, x.teamSize(), x.year()),
                c.licence(),
                c.vendorDisclosure(),
                c.attribution(),
                c.roleDescriptor(),
                c.sections(),
                c.version(),
                c.approverEmail(),
                c.embargoUntil());
    }
}
