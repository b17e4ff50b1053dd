package org.hros.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hros.track.TrackTestScene.principal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.exercise.PassingAttempts;
import org.hros.exercise.domain.Practice;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.team.TeamExerciseScores;
import org.hros.track.domain.TrackReading;
import org.hros.track.domain.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passing a real exercise does the track steps that practise it, through the exercise module's event; and a team
 * lead's chart reads the same attempts.
 */
class ExerciseStepTests extends IntegrationTestBase {

    @Autowired
    TrackSamples samples;

    @Autowired
    TrackReading reading;

    @Autowired
    CaseAuthoring authoring;

    @Autowired
    CaseReviews reviews;

    @Autowired
    Practice practice;

    @Autowired
    List<TeamExerciseScores> scores;

    @Test
    void passingTheExerciseDoesItsStepAndCompletesTheTrack() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        Person learner = fixtures.member(MemberRole.MEMBER);
        long caseId =
                TrackTestScene.anonymousCase(authoring, reviews, author, editor, "Silence cost us " + author.id());
        String slug = samples.publishSample(
                editor.id(),
                TrackTestScene.command("Careers page practice " + author.id(), caseId, "careers-page-accessibility"));
        Viewer viewer = new Viewer(learner.id(), false);
        mvc.perform(post("/tracks/" + slug + "/start").with(csrf()).with(user(principal(learner, MemberRole.MEMBER))));
        for (int step = 1; step <= 2; step++) {
            mvc.perform(post("/tracks/" + slug + "/steps/" + step + "/done")
                    .with(csrf())
                    .with(user(principal(learner, MemberRole.MEMBER))));
        }
        assertThat(reading.track(slug, viewer).progress().completed()).isFalse();

        Instant before = Instant.now().minusSeconds(60);
        practice.attempt("careers-page-accessibility", learner.id(), "<p>still broken<p>", Map.of());
        practice.attempt("careers-page-accessibility", learner.id(), PassingAttempts.CAREERS_PAGE, Map.of());

        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!reading.track(slug, viewer).progress().completed()
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(reading.track(slug, viewer).progress().completed())
                .as("the pass reached the track")
                .isTrue();

        TeamExerciseScores real = scores.stream()
                .filter(s -> s.getClass().getName().startsWith("org.hros.exercise"))
                .findFirst()
                .orElseThrow();
        assertThat(real.attempts(List.of(learner.id()), before))
                .extracting(
                        TeamExerciseScores.ExerciseAttempt::exerciseSlug, TeamExerciseScores.ExerciseAttempt::passed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("careers-page-accessibility", false),
                        org.assertj.core.groups.Tuple.tuple("careers-page-accessibility", true));
    }
}
