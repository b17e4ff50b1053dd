package org.hros.exercise.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A peer's review of a copywriting attempt against the rubric: clear, inclusive, specific, honest (1–3 each). */
@Entity
@Table(name = "exercise_review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long attemptId;
    private long reviewerId;
    private short clear;
    private short inclusive;
    private short specific;
    private short honest;
    private String comment;
    private Instant createdAt;

    protected Review() {}

    Review(long attemptId, long reviewerId, ReviewCommand c, Instant at) {
        this.attemptId = attemptId;
        this.reviewerId = reviewerId;
        this.clear = (short) c.clear();
        this.inclusive = (short) c.inclusive();
        this.specific = (short) c.specific();
        this.honest = (short) c.honest();
        this.comment = c.comment();
        this.createdAt = at;
    }

    long reviewerId() {
        return reviewerId;
    }

    ExerciseViews.ReviewView view() {
        return new ExerciseViews.ReviewView(clear, inclusive, specific, honest, comment, createdAt);
    }
}
