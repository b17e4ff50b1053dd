package org.hros.track.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.shared.ConflictException;
import org.hros.shared.NotFoundException;
import org.hros.track.TrackProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a published track: starting it, marking steps done and undoing that, and completing it, which issues a
 * certificate. Exercise steps are done only when the member passes the exercise. A completed track stays
 * completed and keeps its certificate when a step is undone later.
 */
@Service
public class TrackLearning implements TrackProgress {

    private final TrackAccess access;
    private final TrackRepository tracks;
    private final ProgressStore progress;
    private final CertificateStore certificates;
    private final Clock clock;

    TrackLearning(
            TrackAccess access,
            TrackRepository tracks,
            ProgressStore progress,
            CertificateStore certificates,
            Clock clock) {
        this.access = access;
        this.tracks = tracks;
        this.progress = progress;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional
    public void start(String slug, long memberId) {
        Track track = access.published(slug);
        progress.start(track.id(), memberId, clock.instant());
        completeIfDone(track, memberId, clock.instant());
    }

    /** Marks a step done; starts the track if the member had not. Returns whether the track is now complete. */
    @Transactional
    public boolean markDone(String slug, int position, long memberId) {
        Track track = access.published(slug);
        TrackStep step = step(track, position);
        if (!step.kind().tickedByHand()) {
            throw new ConflictException("An exercise step is done by passing the exercise.");
        }
        Instant now = clock.instant();
        progress.start(track.id(), memberId, now);
        progress.markDone(step.id(), memberId, now, false);
        return completeIfDone(track, memberId, now);
    }

    @Transactional
    public void undo(String slug, int position, long memberId) {
        Track track = access.published(slug);
        TrackStep step = step(track, position);
        if (!step.kind().tickedByHand()) {
            throw new ConflictException("An exercise step is done by passing the exercise.");
        }
        progress.undo(step.id(), memberId);
    }

    @Override
    @Transactional
    public void recordExercisePassed(long memberId, String exerciseSlug, Instant at) {
        if (exerciseSlug == null) {
            return;
        }
        Map<Long, List<Long>> byTrack = progress.exerciseSteps(exerciseSlug);
        byTrack.values().forEach(steps -> steps.forEach(s -> progress.markDone(s, memberId, at, true)));
        if (!byTrack.isEmpty()) {
            for (Track track : tracks.findByIds(byTrack.keySet())) {
                if (track.published()
                        && progress.enrolment(track.id(), memberId).isPresent()) {
                    completeIfDone(track, memberId, at);
                }
            }
        }
    }

    private boolean completeIfDone(Track track, long memberId, Instant now) {
        var enrolment = progress.enrolment(track.id(), memberId).orElse(null);
        if (enrolment == null) {
            return false;
        }
        if (enrolment.completedAt() != null) {
            return true;
        }
        List<Long> stepIds = track.steps().stream().map(TrackStep::id).toList();
        Set<Long> done = progress.done(stepIds, memberId);
        if (stepIds.isEmpty() || !done.containsAll(stepIds)) {
            return false;
        }
        progress.complete(track.id(), memberId, now);
        if (certificates.live(track.id(), memberId).isEmpty()) {
            certificates.issue(track.id(), memberId, now);
        }
        return true;
    }

    static TrackStep step(Track track, int position) {
        return track.steps().stream()
                .filter(s -> s.position() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such step."));
    }
}
