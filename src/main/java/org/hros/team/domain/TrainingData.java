package org.hros.team.domain;

import java.util.Optional;
import org.hros.team.TeamExerciseScores;
import org.hros.team.TeamTraining;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tracks and exercises are kept by other modules, which implement this module's {@link TeamTraining} and
 * {@link TeamExerciseScores}. An installation without them still runs: teams, members and invitations work, and
 * pages say that training data is not available.
 */
@Component
class TrainingData {

    private final ObjectProvider<TeamTraining> training;
    private final ObjectProvider<TeamExerciseScores> scores;

    TrainingData(ObjectProvider<TeamTraining> training, ObjectProvider<TeamExerciseScores> scores) {
        this.training = training;
        this.scores = scores;
    }

    Optional<TeamTraining> training() {
        return Optional.ofNullable(training.getIfAvailable());
    }

    Optional<TeamExerciseScores> scores() {
        return Optional.ofNullable(scores.getIfAvailable());
    }
}
