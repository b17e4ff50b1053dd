package org.hros.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberRole;
import org.hros.session.domain.LiveSessionCommand;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.SessionQueries;
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

/** A live session keeps the retired topic it carries when an editor changes it, and takes no new one. */
class RetiredWordsOnSessionsTests extends IntegrationTestBase {

    @Autowired
    TermAdministration administration;

    @Autowired
    LiveSessions sessions;

    @Autowired
    SessionQueries queries;

    @Autowired
    MemberDirectory directory;

    RetiredWords words;
    RetiredWords.SignedIn signedIn;
    Person editor;
    String topic;
    long sessionId;

    @BeforeEach
    void aSessionWhoseTopicWasRetiredSince() {
        words = new RetiredWords(
                administration, fixtures.member(MemberRole.ADMIN).id());
        editor = fixtures.member(MemberRole.EDITOR);
        signedIn = new RetiredWords.SignedIn(mvc, editor, MemberRole.EDITOR);
        topic = words.add(VocabularyKind.TOPIC, "gig-hiring");
        sessionId = sessions.schedule(
                editor.id(),
                new LiveSessionCommand(
                        SessionKind.CLINIC,
                        "Gig hiring clinic " + SessionTestSupport.key(),
                        "We work through failed gig platform pilots.",
                        clock.instant().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        12,
                        "https://meet.example/hros",
                        null,
                        null,
                        List.of(SessionTestSupport.handle(directory, editor)),
                        Set.of(Topic.of(topic), Topic.of("sourcing"))));
        words.retire(VocabularyKind.TOPIC, topic);
    }

    @Test
    void theEditFormShowsTheRetiredTopicChosenAndSavingKeepsIt() throws Exception {
        FormElement form = editForm();
        assertThat(RetiredWords.chosen(form, "topics", topic)).isTrue();
        assertThat(RetiredWords.offeredAs(form, "topics", topic)).isEqualTo(RetiredWords.label(topic) + " (retired)");

        MockHttpServletResponse saved = signedIn.send(RetiredWords.sendBack(RetiredWords.type(form, "capacity", "20")));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(queries.read(sessionId).capacity()).isEqualTo(20);
        assertThat(queries.read(sessionId).topics()).contains(Topic.of(topic), Topic.of("sourcing"));
    }

    @Test
    void aRetiredTopicTheSessionDidNotHaveIsRefusedNamingTheField() throws Exception {
        String other = words.retired(VocabularyKind.TOPIC, "telegram-ads");
        MockHttpServletResponse refused =
                signedIn.send(RetiredWords.sendBack(editForm()).param("topics", other));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("This word is retired");
        assertThat(queries.read(sessionId).topics()).doesNotContain(Topic.of(other));
    }

    private FormElement editForm() throws Exception {
        return signedIn.form("/sessions/" + sessionId + "/edit", "topics");
    }
}
