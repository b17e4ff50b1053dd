package org.hros.exercise.domain;

import java.time.Instant;
import java.util.List;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.check.Feedback;

/** What the exercise pages and the API show. None of them carries who wrote an attempt or a review. */
public final class ExerciseViews {

    private ExerciseViews() {}

    /** An exercise in the list, with how the viewer has done so far. */
    public record ExerciseSummary(String slug, String title, ExerciseKind kind, Integer bestScore, boolean passed) {}

    /** An exercise to practise, or to edit. */
    public record ExercisePage(
            String slug,
            String title,
            ExerciseKind kind,
            String taskMarkdown,
            String taskHtml,
            String startingMaterial,
            String checks,
            List<QuestionView> questions,
            org.hros.exercise.check.AnalyticsDataset dataset) {}

    /** An analytics question; {@code choices} is empty for a number. */
    public record QuestionView(String id, String key, List<String> args, boolean numeric, List<String> choices) {

        public Object[] argArray() {
            return args.toArray();
        }
    }

    /**
     * One attempt with its feedback.
     *
     * @param mine whether the viewer made it (else they are reviewing it)
     * @param firstPass whether this attempt was the member's first to pass
     */
    public record AttemptView(
            long id,
            String slug,
            String title,
            ExerciseKind kind,
            String submission,
            Feedback feedback,
            Instant createdAt,
            boolean offeredForReview,
            boolean mine,
            boolean mayReview,
            List<ReviewView> reviews) {

        public String previewPath() {
            return "/exercises/" + slug + "/attempts/" + id + "/preview";
        }

        public String path() {
            return "/exercises/" + slug + "/attempts/" + id;
        }
    }

    /** A point of the history: when, which score, whether it passed. */
    public record HistoryPoint(long attemptId, Instant at, int score, boolean passed) {}

    /** The viewer's attempts at one exercise, newest first, a page at a time. */
    public record HistoryPage(String slug, String title, List<HistoryPoint> attempts, int page, boolean hasMore) {}

    /** A peer review; who gave it is never shown. */
    public record ReviewView(int clear, int inclusive, int specific, int honest, String comment, Instant createdAt) {}

    /** An attempt waiting for the viewer's review. */
    public record WaitingReview(long attemptId, String slug, String title, Instant offeredAt) {

        public String path() {
            return "/exercises/" + slug + "/attempts/" + attemptId;
        }
    }
}
