package org.hros.exercise.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's attempt at an exercise, with the feedback it got (as JSON) when it was checked. */
@Entity
@Table(name = "exercise_attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long exerciseId;
    private long memberId;
    private String submission;
    private String feedback;
    private int score;
    private boolean passed;
    private Instant offeredForReviewAt;
    private Instant createdAt;

    protected Attempt() {}

    Attempt(long exerciseId, long memberId, String submission, String feedback, int score, boolean passed, Instant at) {
        this.exerciseId = exerciseId;
        this.memberId = memberId;
        this.submission = submission;
        this.feedback = feedback;
        this.score = score;
        this.passed = passed;
        this.createdAt = at;
    }

    void offerForReview(Instant now) {
        if (offeredForReviewAt == null) {
            offeredForReviewAt = now;
        }
    }

    long id() {
        return id;
    }

    long exerciseId() {
        return exerciseId;
    }

    long memberId() {
        return memberId;
    }

    String submission() {
        return submission;
    }

    String feedback() {
        return feedback;
    }

    int score() {
        return score;
    }

    boolean passed() {
        return passed;
    }

    Instant offeredForReviewAt() {
        return offeredForReviewAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
