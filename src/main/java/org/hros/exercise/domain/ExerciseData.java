package org.hros.exercise.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's practice, for their data export: every attempt with its text, score and feedback, the peer reviews
 * their attempts received (ratings and comments, never who wrote them), and the reviews they wrote on others'
 * attempts (never whose attempt it was).
 */
@Component
@Order(57)
class ExerciseData implements PersonalData {

    private final JdbcClient jdbc;

    ExerciseData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("exercises.json", "export.file.exercises"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<AttemptEntry> attempts = jdbc.sql("select a.id, e.title, e.slug, a.submission, a.feedback, a.score,"
                        + " a.passed, a.offered_for_review_at, a.created_at from exercise_attempt a"
                        + " join exercise e on e.id = a.exercise_id where a.member_id = ? order by a.created_at, a.id")
                .param(memberId)
                .query((rs, i) -> new AttemptEntry(
                        rs.getString("title"),
                        "/exercises/" + rs.getString("slug") + "/attempts/" + rs.getLong("id"),
                        rs.getString("submission"),
                        rs.getString("feedback"),
                        rs.getInt("score"),
                        rs.getBoolean("passed"),
                        instant(rs.getTimestamp("offered_for_review_at")),
                        rs.getTimestamp("created_at").toInstant(),
                        reviewsOf(rs.getLong("id"))))
                .list();
        List<WrittenReview> written = jdbc.sql("select e.title, r.clear, r.inclusive, r.specific, r.honest, r.comment,"
                        + " r.created_at from exercise_review r join exercise_attempt a on a.id = r.attempt_id"
                        + " join exercise e on e.id = a.exercise_id where r.reviewer_id = ? order by r.created_at")
                .param(memberId)
                .query((rs, i) -> new WrittenReview(
                        rs.getString(1),
                        new Ratings(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
        archive.json("exercises.json", new Practising(attempts, written));
    }

    private List<ReceivedReview> reviewsOf(long attemptId) {
        return jdbc.sql("select clear, inclusive, specific, honest, comment, created_at from exercise_review"
                        + " where attempt_id = ? order by created_at")
                .param(attemptId)
                .query((rs, i) -> new ReceivedReview(
                        new Ratings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Each from 1 (not yet) to 3 (clearly). */
    record Ratings(int clear, int inclusive, int specific, int honest) {}

    record ReceivedReview(Ratings ratings, String comment, Instant at) {}

    record AttemptEntry(
            String exercise,
            String path,
            String submission,
            String feedback,
            int score,
            boolean passed,
            Instant offeredForReviewAt,
            Instant at,
            List<ReceivedReview> reviews) {}

    /** @param exercise the title of the exercise whose attempt was reviewed */
    record WrittenReview(String exercise, Ratings ratings, String comment, Instant at) {}

    record Practising(List<AttemptEntry> attempts, List<WrittenReview> reviewsWritten) {}
}
