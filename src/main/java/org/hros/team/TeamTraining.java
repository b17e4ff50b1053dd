package org.hros.team;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by the module that keeps tracks, so that a team lead can assign tracks and see who is where on them
 * without this module depending on that one. Tracks are named by their slug, members by their id.
 */
public interface TeamTraining {

    /** The published tracks a lead may assign, in the order a picker should list them. */
    List<AssignableTrack> assignableTracks();

    /** One published track, or empty if there is none with this slug (or it is no longer published). */
    Optional<AssignableTrack> track(String slug);

    /**
     * Each given member's progress on the track, one entry per member id given (a member who has not started has
     * {@code stepsDone} 0 and every step not done). Unknown member ids are left out.
     */
    List<MemberProgress> progress(String trackSlug, Collection<Long> memberIds);

    /** The reflections members chose to share with this team, newest first, at most {@code limit}. */
    List<SharedReflection> reflectionsSharedWith(long teamId, int limit);

    /**
     * A track a lead can assign.
     *
     * @param skill the skill it trains, as a label to show (e.g. "Careers-site HTML")
     * @param steps how many steps it has
     */
    record AssignableTrack(String slug, String title, String skill, int steps) {}

    /**
     * Where one member is on one track.
     *
     * @param completedAt when they finished the track, or {@code null}
     * @param nextStepTitle the title of the first step not done yet, or {@code null} when all are done
     * @param steps every step of the track in order, with when it was done
     */
    record MemberProgress(
            long memberId,
            String trackSlug,
            int stepsDone,
            int stepsTotal,
            Instant completedAt,
            String nextStepTitle,
            List<StepProgress> steps) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    /**
     * One step of a track for one member.
     *
     * @param position 1 for the first step
     * @param doneAt when they marked it done, or {@code null}
     */
    record StepProgress(int position, String title, Instant doneAt) {

        public boolean done() {
            return doneAt != null;
        }
    }

    /** A reflection a member shared with a team, on one step of a track. */
    record SharedReflection(long memberId, String trackSlug, String stepTitle, String text, Instant sharedAt) {}
}
