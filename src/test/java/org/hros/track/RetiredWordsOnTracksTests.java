package org.hros.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.shared.Skill;
import org.hros.shared.VocabularyKind;
import org.hros.support.IntegrationTestBase;
import org.hros.support.RetiredWords;
import org.hros.support.TestFixtures.Person;
import org.hros.vocabulary.domain.TermAdministration;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** A track keeps its skill when it was retired since and an editor edits the track; a new retired one is refused. */
class RetiredWordsOnTracksTests extends IntegrationTestBase {

    @Autowired
    TermAdministration administration;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    TrackSamples samples;

    @Autowired
    JdbcClient jdbc;

    RetiredWords words;
    RetiredWords.SignedIn signedIn;
    Person editor;
    String skill;
    String slug;

    @BeforeEach
    void aTrackWhoseSkillWasRetiredSince() {
        words = new RetiredWords(
                administration, fixtures.member(MemberRole.ADMIN).id());
        editor = fixtures.member(MemberRole.EDITOR);
        signedIn = new RetiredWords.SignedIn(mvc, editor, MemberRole.EDITOR);
        Person author = fixtures.member(MemberRole.MEMBER);
        skill = words.add(VocabularyKind.SKILL, "fax-outreach");
        long caseId = TrackTestScene.anonymousCase(
                authoring, reviews, author, editor, "Our fax outreach failed " + author.id());
        TrackCommand scene = TrackTestScene.command("Fax outreach, read " + author.id(), caseId, "unused");
        slug = samples.publishSample(
                editor.id(),
                new TrackCommand(
                        scene.title(),
                        Skill.of(skill),
                        scene.summary(),
                        true,
                        scene.steps().subList(0, 2)));
        words.retire(VocabularyKind.SKILL, skill);
    }

    @Test
    void theEditFormShowsTheRetiredSkillChosenAndSavingKeepsIt() throws Exception {
        FormElement form = editForm();
        assertThat(RetiredWords.chosen(form, "skill", skill)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "skill", skill)).isEqualTo(RetiredWords.label(skill) + " (retired)");

        MockHttpServletResponse saved = signedIn.send(RetiredWords.sendBack(
                RetiredWords.type(form, "summary", "A track on fax outreach, edited after its skill was retired.")));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(stored("summary")).isEqualTo("A track on fax outreach, edited after its skill was retired.");
        assertThat(stored("skill")).isEqualTo(skill);
    }

    @Test
    void aRetiredSkillTheTrackDidNotHaveIsRefusedNamingTheField() throws Exception {
        String other = words.retired(VocabularyKind.SKILL, "telex-outreach");
        MockHttpServletResponse refused =
                signedIn.send(RetiredWords.sendBack(RetiredWords.choose(editForm(), "skill", other)));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("This word is retired");
        assertThat(stored("skill")).isEqualTo(skill);
    }

    private String stored(String column) {
        return jdbc.sql("select " + column + " from track where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private FormElement editForm() throws Exception {
        return signedIn.form("/tracks/" + slug + "/edit", "skill");
    }
}
