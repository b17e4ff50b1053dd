package org.hros.track.api;

import java.time.Instant;
import java.util.List;
import org.hros.track.domain.TrackViews.MyTrack;
import org.hros.track.domain.TrackViews.ProgressView;
import org.hros.track.domain.TrackViews.StepLine;
import org.hros.track.domain.TrackViews.TrackPage;
import org.hros.track.domain.TrackViews.TrackSummary;

/** The JSON shapes of the tracks API. A case step carries the case's public path only, never its author. */
final class TrackJson {

    private TrackJson() {}

    record Summary(
            String slug,
            String title,
            String summary,
            String skill,
            int steps,
            boolean sample,
            long votes,
            String url) {

        static Summary of(TrackSummary t, String baseUrl) {
            return new Summary(
                    t.slug(),
                    t.title(),
                    t.summary(),
                    t.skill().slug(),
                    t.steps(),
                    t.sample(),
                    t.votes(),
                    baseUrl + t.path());
        }
    }

    record Step(int position, String kind, String title, String why, String prompt, boolean available, boolean done) {

        static Step of(StepLine s) {
            return new Step(
                    s.position(),
                    s.kind().name(),
                    s.available() ? s.title() : null,
                    s.why(),
                    s.prompt(),
                    s.available(),
                    s.done());
        }
    }

    record Progress(boolean started, int done, int total, Instant completedAt, String certificateUrl) {

        static Progress of(ProgressView p, String baseUrl) {
            return new Progress(
                    p.started(),
                    p.done(),
                    p.total(),
                    p.completedAt(),
                    p.certificateToken() == null ? null : baseUrl + "/certificates/" + p.certificateToken());
        }
    }

    record Need(long id, String title, String url, long votes) {}

    record Track(Summary track, List<Step> steps, List<Need> communityNeeds) {

        static Track of(TrackPage page, String baseUrl) {
            return new Track(
                    Summary.of(page.track(), baseUrl),
                    page.steps().stream().map(Step::of).toList(),
                    page.needs().stream()
                            .map(r -> new Need(r.id(), r.title(), baseUrl + r.path(), r.votes()))
                            .toList());
        }
    }

    record MyProgress(Summary track, Progress progress, List<Step> steps) {

        static MyProgress of(TrackPage page, String baseUrl) {
            return new MyProgress(
                    Summary.of(page.track(), baseUrl),
                    Progress.of(page.progress(), baseUrl),
                    page.steps().stream().map(Step::of).toList());
        }
    }

    record Mine(Summary track, Progress progress, Instant startedAt) {

        static Mine of(MyTrack t, String baseUrl) {
            return new Mine(Summary.of(t.track(), baseUrl), Progress.of(t.progress(), baseUrl), t.startedAt());
        }
    }

    /** A change to the caller's progress: {@code done} true marks the step done, false undoes it. */
    record ProgressChange(Integer step, Boolean done) {}

    record Vote(boolean voted) {}
}
