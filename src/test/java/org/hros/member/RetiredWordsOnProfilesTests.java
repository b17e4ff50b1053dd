package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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

/** A member keeps the retired topics and skills they follow when they edit their profile or their interests. */
class RetiredWordsOnProfilesTests extends IntegrationTestBase {

    @Autowired
    TermAdministration administration;

    @Autowired
    MemberInterests interests;

    RetiredWords words;
    RetiredWords.SignedIn signedIn;
    Person member;
    String topic;
    String skill;

    @BeforeEach
    void aMemberFollowingWordsRetiredSince() {
        words = new RetiredWords(
                administration, fixtures.member(MemberRole.ADMIN).id());
        member = fixtures.member(MemberRole.MEMBER);
        signedIn = new RetiredWords.SignedIn(mvc, member, MemberRole.MEMBER);
        topic = words.add(VocabularyKind.TOPIC, "gig-hiring");
        skill = words.add(VocabularyKind.SKILL, "fax-outreach");
        interests.chooseInterests(member.id(), Set.of(Topic.of(topic), Topic.of("sourcing")), Set.of(Skill.of(skill)));
        words.retire(VocabularyKind.TOPIC, topic);
        words.retire(VocabularyKind.SKILL, skill);
    }

    @Test
    void theProfileFormShowsTheRetiredWordsChosenAndSavingKeepsThem() throws Exception {
        FormElement form = signedIn.form("/profile", "topics");
        assertThat(RetiredWords.chosen(form, "topics", topic)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "topics", topic)).isEqualTo(RetiredWords.label(topic) + " (retired)");
        assertThat(RetiredWords.chosen(form, "skills", skill)).isTrue();

        assertThat(signedIn.send(RetiredWords.sendBack(RetiredWords.type(form, "headline", "Keeps old words")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(interests.interests(member.id()).topics()).contains(Topic.of(topic), Topic.of("sourcing"));
        assertThat(interests.interests(member.id()).skills()).contains(Skill.of(skill));
    }

    @Test
    void theProfileRefusesARetiredWordTheMemberDidNotFollowNamingTheField() throws Exception {
        String other = words.retired(VocabularyKind.TOPIC, "telegram-ads");
        MockHttpServletResponse refused = signedIn.send(
                RetiredWords.sendBack(signedIn.form("/profile", "topics")).param("topics", other));
        assertThat(refused.getStatus()).isEqualTo(400);
        FormElement shown = RetiredWords.formWith(refused.getContentAsString(), "topics");
        assertThat(shown.select(".field--invalid legend").text()).contains("Topics");
        assertThat(refused.getContentAsString()).contains("This word is retired");
        assertThat(interests.interests(member.id()).topics()).doesNotContain(Topic.of(other));
    }

    @Test
    void theWelcomeInterestsKeepRetiredWordsAndRefuseNewOnes() throws Exception {
        FormElement form = signedIn.form("/welcome", "topics");
        assertThat(RetiredWords.chosen(form, "topics", topic)).isTrue();
        assertThat(signedIn.send(RetiredWords.sendBack(form)).getStatus()).isEqualTo(302);
        assertThat(interests.interests(member.id()).topics()).contains(Topic.of(topic));
        assertThat(interests.interests(member.id()).skills()).contains(Skill.of(skill));

        String other = words.retired(VocabularyKind.SKILL, "telex-outreach");
        MockHttpServletResponse refused = signedIn.send(
                RetiredWords.sendBack(signedIn.form("/welcome", "topics")).param("skills", other));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("This word is retired");
        assertThat(interests.interests(member.id()).skills()).containsExactly(Skill.of(skill));
    }
}
