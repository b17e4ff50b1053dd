package org.hros.exercise.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.domain.ExerciseViews.WaitingReview;
import org.hros.platform.RateLimits;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.ForbiddenException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer review of copywriting attempts: an author offers an attempt, members who attempted the same exercise review
 * it against the rubric, once each, never their own. Neither side sees the other's name.
 */
@Service
public class PeerReviews {

    static final int WAITING_LIMIT = 50;

    private final ExerciseCatalog catalog;
    private final AttemptRepository attempts;
    private final ReviewRepository reviews;
    private final ExerciseRepository exercises;
    private final RateLimits limits;
    private final Clock clock;

    PeerReviews(
            ExerciseCatalog catalog,
            AttemptRepository attempts,
            ReviewRepository reviews,
            ExerciseRepository exercises,
            RateLimits limits,
            Clock clock) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.reviews = reviews;
        this.exercises = exercises;
        this.limits = limits;
        this.clock = clock;
    }

    /** Offers one's own copywriting attempt for review. */
    @Transactional
    public void offer(String slug, long attemptId, long memberId) {
        Exercise e = catalog.find(slug);
        Attempt a = attempts.findById(attemptId)
                .filter(x -> x.exerciseId() == e.id() && x.memberId() == memberId)
                .orElseThrow(Practice::notFound);
        if (e.kind() != ExerciseKind.COPY) {
            throw new ForbiddenException("Only copywriting attempts are reviewed by peers.");
        }
        a.offerForReview(clock.instant());
    }

    /** Attempts the member may review, oldest offer first. */
    @Transactional(readOnly = true)
    public List<WaitingReview> waitingFor(long reviewerId) {
        List<WaitingReview> waiting = new ArrayList<>();
        for (Attempt a : attempts.findWaitingFor(reviewerId, PageRequest.of(0, WAITING_LIMIT))) {
            exercises
                    .findById(a.exerciseId())
                    .ifPresent(
                            e -> waiting.add(new WaitingReview(a.id(), e.slug(), e.title(), a.offeredForReviewAt())));
        }
        return waiting;
    }

    public ReviewCommand command(Integer clear, Integer inclusive, Integer specific, Integer honest, String comment) {
        List<FieldError> errors = new ArrayList<>();
        rubric(clear, "clear", errors);
        rubric(inclusive, "inclusive", errors);
        rubric(specific, "specific", errors);
        rubric(honest, "honest", errors);
        String c = comment == null ? "" : comment.strip();
        if (c.length() < 10 || c.length() > 2000) {
            errors.add(new FieldError("comment", "exercise.review.comment.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new ReviewCommand(clear, inclusive, specific, honest, c);
    }

    @Transactional
    public void review(String slug, long attemptId, long reviewerId, ReviewCommand command) {
        Exercise e = catalog.find(slug);
        Attempt a = attempts.findById(attemptId)
                .filter(x -> x.exerciseId() == e.id())
                .orElseThrow(Practice::notFound);
        if (a.memberId() == reviewerId) {
            throw new ForbiddenException("Nobody reviews their own attempt.");
        }
        if (reviews.existsByAttemptIdAndReviewerId(attemptId, reviewerId)) {
            throw new ConflictException("You reviewed this attempt already.");
        }
        if (!mayReview(attempts, reviews, e, a, reviewerId)) {
            throw Practice.notFound();
        }
        limits.consume(RateLimits.Action.POST, "member:" + reviewerId);
        reviews.save(new Review(attemptId, reviewerId, command, clock.instant()));
    }

    /** Whether {@code reviewerId} may review the attempt now: the same rule as the waiting list. */
    static boolean mayReview(
            AttemptRepository attempts, ReviewRepository reviews, Exercise e, Attempt a, long reviewerId) {
        return e.kind() == ExerciseKind.COPY
                && a.offeredForReviewAt() != null
                && a.memberId() != reviewerId
                && attempts.existsByMemberIdAndExerciseId(reviewerId, e.id())
                && !reviews.existsByAttemptIdAndReviewerId(a.id(), reviewerId);
    }

    private static void rubric(Integer score, String field, List<FieldError> errors) {
        if (score == null || score < 1 || score > 3) {
            errors.add(new FieldError(field, "exercise.review.rubric.invalid"));
        }
    }
}
