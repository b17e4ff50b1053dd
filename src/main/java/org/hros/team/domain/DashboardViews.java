package org.hros.team.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hros.team.domain.TeamViews.AssignmentLine;
import org.hros.team.domain.TeamViews.ProgressCell;

/** What a team's lead sees on the dashboard, and what the progress export holds. */
public final class DashboardViews {

    private DashboardViews() {}

    /**
     * The lead's dashboard.
     *
     * @param trainingAvailable whether the tracks' progress and reflections could be read
     * @param scoresAvailable whether exercise scores could be read
     */
    public record Dashboard(
            long teamId,
            String teamName,
            boolean trainingAvailable,
            boolean scoresAvailable,
            List<TrackProgress> tracks,
            ScoreChart chart,
            List<ReflectionLine> reflections) {

        public String path() {
            return "/teams/" + teamId + "/dashboard";
        }
    }

    /** Who is where on one assigned track. */
    public record TrackProgress(AssignmentLine assignment, List<ProgressRow> rows) {

        public long completed() {
            return rows.stream()
                    .filter(r -> r.progress() != null && r.progress().completed())
                    .count();
        }
    }

    /**
     * One member on one track; {@code progress} is {@code null} when training data is not available.
     *
     * @param overdue the due date has passed and they have not completed the track
     */
    public record ProgressRow(
            long memberId, String displayName, String handle, ProgressCell progress, boolean overdue) {

        public int stepsLeft() {
            return progress == null ? 0 : Math.max(0, progress.stepsTotal() - progress.stepsDone());
        }
    }

    /** A reflection a member shared with the team, with their name and the track's title. */
    public record ReflectionLine(
            String displayName, String trackTitle, String stepTitle, String text, Instant sharedAt) {}

    /**
     * The team's exercise scores week by week, drawn on the server as an SVG bar chart; the same figures are
     * given as a table for those who cannot see the chart.
     */
    public record ScoreChart(int width, int height, int baseline, List<ChartWeek> weeks) {

        public boolean empty() {
            return weeks.stream().allMatch(w -> w.attempts() == 0);
        }
    }

    /**
     * One week (starting on Monday) of the chart, with its bar's place.
     *
     * @param average the mean score of the week's attempts, 0 when there were none
     */
    public record ChartWeek(
            LocalDate weekStart, int attempts, int passed, int average, int x, int y, int barWidth, int barHeight) {}

    /** One line of the progress export. */
    public record ExportRow(
            String member,
            String track,
            LocalDate dueOn,
            Integer stepsDone,
            Integer stepsTotal,
            String nextStep,
            Instant completedAt,
            boolean overdue) {}
}
