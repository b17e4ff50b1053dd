package org.hros.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hros.member.MemberRole;
import org.hros.radar.domain.PracticeCommand;
import org.hros.radar.domain.Practices;
import org.hros.shared.Quadrant;
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
import org.springframework.mock.web.MockHttpServletResponse;

/** A radar practice keeps the retired words it is tied to when an editor edits it, and takes no new one. */
class RetiredWordsOnPracticesTests extends IntegrationTestBase {

    @Autowired
    TermAdministration administration;

    @Autowired
    Practices practices;

    RetiredWords words;
    RetiredWords.SignedIn signedIn;
    Person editor;
    String topic;
    String skill;
    long practiceId;

    @BeforeEach
    void aPracticeWhoseWordsWereRetiredSince() {
        words = new RetiredWords(
                administration, fixtures.member(MemberRole.ADMIN).id());
        editor = fixtures.member(MemberRole.EDITOR);
        signedIn = new RetiredWords.SignedIn(mvc, editor, MemberRole.EDITOR);
        topic = words.add(VocabularyKind.TOPIC, "gig-hiring");
        skill = words.add(VocabularyKind.SKILL, "fax-outreach");
        practiceId = practices.add(new PracticeCommand(
                "Gig platforms " + UUID.randomUUID().toString().substring(0, 8),
                "Hiring through gig platforms.",
                Quadrant.SOURCING_HIRING,
                Set.of(Topic.of(topic)),
                Set.of(Skill.of(skill)),
                List.of()));
        words.retire(VocabularyKind.TOPIC, topic);
        words.retire(VocabularyKind.SKILL, skill);
    }

    @Test
    void theEditFormShowsTheRetiredWordsChosenAndSavingKeepsThem() throws Exception {
        FormElement form = editForm();
        assertThat(RetiredWords.chosen(form, "topics", topic)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "topics", topic)).isEqualTo(RetiredWords.label(topic) + " (retired)");
        assertThat(RetiredWords.chosen(form, "skills", skill)).isTrue();

        MockHttpServletResponse saved =
                signedIn.send(RetiredWords.sendBack(RetiredWords.type(form, "description", "Edited.")));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(practices.find(practiceId).description()).isEqualTo("Edited.");
        assertThat(practices.find(practiceId).topics()).containsExactly(Topic.of(topic));
        assertThat(practices.find(practiceId).skills()).containsExactly(Skill.of(skill));
    }

    @Test
    void aRetiredWordThePracticeDidNotHaveIsRefusedNamingTheField() throws Exception {
        String other = words.retired(VocabularyKind.TOPIC, "telegram-ads");
        MockHttpServletResponse refused =
                signedIn.send(RetiredWords.sendBack(editForm()).param("topics", other));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("This word is retired");
        assertThat(practices.find(practiceId).topics()).containsExactly(Topic.of(topic));
    }

    private FormElement editForm() throws Exception {
        return signedIn.form("/review/radar/practices/" + practiceId + "/edit", "topics");
    }
}
