package org.hros.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.request.domain.AgendaQueries;
import org.hros.request.domain.RequestDraft;
import org.hros.shared.Industry;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.VocabularyKind;
import org.hros.support.IntegrationTestBase;
import org.hros.support.RetiredWords;
import org.hros.support.TestFixtures.Person;
import org.hros.vocabulary.domain.TermAdministration;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request keeps the retired words it carries when its poster edits it, through the form and the API. */
class RetiredWordsOnRequestsTests extends IntegrationTestBase {

    @Autowired
    TermAdministration administration;

    @Autowired
    Agenda agenda;

    @Autowired
    AgendaQueries queries;

    RetiredWords words;
    RetiredWords.SignedIn signedIn;
    Person poster;
    String topic;
    String industry;
    long requestId;

    @BeforeEach
    void aRequestWhoseTopicAndIndustryWereRetiredSince() {
        words = new RetiredWords(
                administration, fixtures.member(MemberRole.ADMIN).id());
        poster = fixtures.member(MemberRole.MEMBER);
        signedIn = new RetiredWords.SignedIn(mvc, poster, MemberRole.MEMBER);
        topic = words.add(VocabularyKind.TOPIC, "gig-hiring");
        industry = words.add(VocabularyKind.INDUSTRY, "shipbuilding");
        requestId = agenda.post(
                poster.id(),
                new RequestCommand(
                        "How do you hire gig workers fairly?",
                        "We tried a platform and it went badly.",
                        List.of(Topic.of(topic)),
                        List.of(Skill.of("budgeting")),
                        null,
                        Industry.of(industry)));
        words.retire(VocabularyKind.TOPIC, topic);
        words.retire(VocabularyKind.INDUSTRY, industry);
    }

    @Test
    void theEditFormShowsTheRetiredWordsChosenAndSavingKeepsThem() throws Exception {
        FormElement form = editForm();
        assertThat(RetiredWords.chosen(form, "topics", topic)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "topics", topic)).isEqualTo(RetiredWords.label(topic) + " (retired)");
        assertThat(RetiredWords.chosen(form, "industry", industry)).isTrue();

        MockHttpServletResponse saved = signedIn.send(
                RetiredWords.sendBack(RetiredWords.type(form, "title", "How do you hire gig workers fairly, really?")));
        assertThat(saved.getStatus()).isEqualTo(302);
        RequestDraft draft = draft();
        assertThat(draft.title()).isEqualTo("How do you hire gig workers fairly, really?");
        assertThat(draft.topics()).contains(Topic.of(topic));
        assertThat(draft.industry()).isEqualTo(Industry.of(industry));
    }

    @Test
    void aRetiredWordTheRequestDidNotCarryIsRefusedNamingTheField() throws Exception {
        String other = words.retired(VocabularyKind.SKILL, "fax-outreach");
        MockHttpServletResponse refused =
                signedIn.send(RetiredWords.sendBack(editForm()).param("skills", other));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("This word is retired");
        assertThat(draft().skills()).containsExactly(Skill.of("budgeting"));
    }

    @Test
    void theApiKeepsARetiredWordTheRequestCarriesAndRefusesOneNewlyAdded() throws Exception {
        String token = fixtures.token(poster);
        String other = words.retired(VocabularyKind.TOPIC, "telegram-ads");
        String body = """
                {"title":"How do you hire gig workers fairly?","description":"Edited through the API.",
                 "topics":[%s],"skills":[],"industry":"%s"}
                """;
        MockHttpServletResponse refused = mvc.perform(put("/api/v1/requests/" + requestId)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("\"" + topic + "\",\"" + other + "\"", industry)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.getContentAsString(), "$.errors[*].field"))
                .containsExactly("topics");

        MockHttpServletResponse kept = mvc.perform(put("/api/v1/requests/" + requestId)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("\"" + topic + "\"", industry)))
                .andReturn()
                .getResponse();
        assertThat(kept.getStatus()).isEqualTo(200);
        assertThat(draft().description()).isEqualTo("Edited through the API.");
        assertThat(draft().topics()).containsExactly(Topic.of(topic));
        assertThat(draft().industry()).isEqualTo(Industry.of(industry));
    }

    private RequestDraft draft() {
        return queries.draftOf(requestId, poster.id()).orElseThrow();
    }

    private FormElement editForm() throws Exception {
        return signedIn.form("/requests/" + requestId + "/edit", "topics");
    }
}
