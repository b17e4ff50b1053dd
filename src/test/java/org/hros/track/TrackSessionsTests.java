package org.hros.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberRole;
import org.hros.session.SessionKind;
import org.hros.session.SessionSamples;
import org.hros.session.SessionSamples.SampleAfterwards;
import org.hros.session.SessionSamples.SampleSession;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A track's page lists the live sessions that covered its cases: the recording of a clinic on one of its steps. */
class TrackSessionsTests extends IntegrationTestBase {

    @Autowired
    TrackSamples samples;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    SessionSamples sessions;

    @Test
    void aTrackPageListsTheSessionsThatCoveredItsCases() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long caseId = TrackTestScene.anonymousCase(
                authoring, reviews, author, editor, "Offers withdrawn on a Friday " + author.id());
        long otherCase = TrackTestScene.anonymousCase(
                authoring, reviews, author, editor, "A referral scheme nobody used " + author.id());
        String slug = samples.publishSample(
                editor.id(), TrackTestScene.command("Reading failures " + author.id(), caseId, "practise-x"));

        String covered = "Clinic on withdrawn offers " + author.id();
        String elsewhere = "Clinic on referrals " + author.id();
        String upcoming = "Talk on offers to come " + author.id();
        sessions.pastSample(editor.id(), session(editor, covered, -3), afterwards(caseId));
        sessions.pastSample(editor.id(), session(editor, elsewhere, -2), afterwards(otherCase));
        long talk = sessions.scheduleSample(editor.id(), session(editor, upcoming, 10));

        String page =
                mvc.perform(get("/tracks/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Live sessions on this track", covered).doesNotContain(elsewhere, upcoming);
        assertThat(page).contains("recording and notes from");
        assertThat(talk).isPositive();
    }

    private SampleSession session(Person editor, String title, int days) {
        Instant start = clock.instant().plus(Duration.ofDays(days));
        return new SampleSession(
                SessionKind.CLINIC,
                title,
                "What went wrong, and what we would do again.",
                start,
                60,
                20,
                "https://example.org/join",
                null,
                List.of(editor.id()),
                Set.of(Topic.of("candidate-experience")));
    }

    private static SampleAfterwards afterwards(long caseId) {
        return new SampleAfterwards(
                "https://example.org/recording", "Notes from the clinic.", List.of(caseId), List.of());
    }
}
