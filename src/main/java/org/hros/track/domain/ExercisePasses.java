package org.hros.track.domain;

import org.hros.exercise.ExercisePassed;
import org.hros.track.TrackProgress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A member who passes an exercise has done every track step that practises it. The event is durable, so a pass
 * recorded while this listener could not run is applied when the application comes back.
 */
@Component
class ExercisePasses {

    private final TrackProgress progress;

    ExercisePasses(TrackProgress progress) {
        this.progress = progress;
    }

    @ApplicationModuleListener
    void on(ExercisePassed passed) {
        progress.recordExercisePassed(passed.memberId(), passed.exerciseSlug(), passed.at());
    }
}
