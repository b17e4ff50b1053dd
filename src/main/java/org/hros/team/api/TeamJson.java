package org.hros.team.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hros.team.TeamRole;
import org.hros.team.domain.DashboardViews;
import org.hros.team.domain.TeamViews;

/** The JSON shapes of the team API. Only members of a team ever get any of them. */
final class TeamJson {

    private TeamJson() {}

    record Summary(long id, String name, String purpose, TeamRole role, long members) {

        static Summary of(TeamViews.TeamSummary s) {
            return new Summary(s.id(), s.name(), s.purpose(), s.myRole(), s.members());
        }
    }

    record Member(String name, String handle, TeamRole role, Instant joinedAt) {}

    record Assignment(long id, String track, String trackTitle, LocalDate dueOn) {

        static Assignment of(TeamViews.AssignmentLine a) {
            return new Assignment(a.id(), a.trackSlug(), a.trackTitle(), a.dueOn());
        }
    }

    record Detail(
            long id, String name, String purpose, TeamRole role, List<Member> members, List<Assignment> assignments) {

        static Detail of(TeamViews.TeamPage p) {
            return new Detail(
                    p.id(),
                    p.name(),
                    p.purpose(),
                    p.myRole(),
                    p.members().stream()
                            .map(m -> new Member(m.displayName(), m.handle(), m.role(), m.joinedAt()))
                            .toList(),
                    p.assignments().stream()
                            .map(a -> Assignment.of(a.assignment()))
                            .toList());
        }
    }

    /**
     * One member on one track; the step counts are {@code null} when training data is not available.
     *
     * @param overdue the due date has passed and the member has not completed the track
     */
    record Progress(
            String name,
            String handle,
            Integer stepsDone,
            Integer stepsTotal,
            String nextStep,
            Instant completedAt,
            boolean overdue) {

        static Progress of(DashboardViews.ProgressRow r) {
            var p = r.progress();
            return new Progress(
                    r.displayName(),
                    r.handle(),
                    p == null ? null : p.stepsDone(),
                    p == null ? null : p.stepsTotal(),
                    p == null ? null : p.nextStep(),
                    p == null ? null : p.completedAt(),
                    r.overdue());
        }
    }

    record TrackProgress(Assignment assignment, List<Progress> members) {

        static TrackProgress of(DashboardViews.TrackProgress t) {
            return new TrackProgress(
                    Assignment.of(t.assignment()),
                    t.rows().stream().map(Progress::of).toList());
        }
    }

    /** The team's progress on every assigned track, and whether training data was available to fill it. */
    record ProgressReport(long teamId, boolean trainingAvailable, List<TrackProgress> tracks) {}
}
