package org.hros.exercise.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.ExercisePassed;
import org.hros.exercise.check.ExerciseChecker;
import org.hros.exercise.check.Feedback;
import org.hros.exercise.domain.ExerciseViews.AttemptView;
import org.hros.exercise.domain.ExerciseViews.HistoryPage;
import org.hros.exercise.domain.ExerciseViews.HistoryPoint;
import org.hros.exercise.domain.ExerciseViews.ReviewView;
import org.hros.platform.RateLimits;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checking members' work: a check that saves nothing (for the API), and attempts, saved with their feedback. The
 * first attempt of a member that passes an exercise publishes {@link ExercisePassed}.
 */
@Service
public class Practice {

    static final int HISTORY_PAGE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExerciseCatalog catalog;
    private final AttemptRepository attempts;
    private final ReviewRepository reviews;
    private final ExerciseChecker checker;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Practice(
            ExerciseCatalog catalog,
            AttemptRepository attempts,
            ReviewRepository reviews,
            ExerciseChecker checker,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.reviews = reviews;
        this.checker = checker;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** Feedback on a submission, saving nothing. */
    @Transactional(readOnly = true)
    public Feedback check(String slug, long memberId, String text, Map<String, String> answers) {
        Exercise e = catalog.find(slug);
        String submission = submission(e, text, answers);
        limits.consume(RateLimits.Action.POST, "member:" + memberId);
        return feedback(e, submission, answers);
    }

    /** Checks a submission and saves it as the member's attempt; returns its id. */
    @Transactional
    public long attempt(String slug, long memberId, String text, Map<String, String> answers) {
        Exercise e = catalog.find(slug);
        String submission = submission(e, text, answers);
        // Practising means checking again and again: the allowance for previews, not the tighter one for posts.
        limits.consume(RateLimits.Action.PREVIEW, "member:" + memberId);
        Feedback feedback = feedback(e, submission, answers);
        boolean passedBefore = attempts.existsByMemberIdAndExerciseIdAndPassedTrue(memberId, e.id());
        Instant now = clock.instant();
        Attempt attempt = attempts.save(new Attempt(
                e.id(),
                memberId,
                submission,
                JSON.writeValueAsString(feedback),
                feedback.score(),
                feedback.passed(),
                now));
        if (feedback.passed() && !passedBefore) {
            events.publishEvent(new ExercisePassed(memberId, e.slug(), now));
        }
        return attempt.id();
    }

    /** One attempt, for its author or for a member who may review it; 404 for anyone else. */
    @Transactional(readOnly = true)
    public AttemptView attempt(String slug, long attemptId, long viewerId) {
        Exercise e = catalog.find(slug);
        Attempt a = attempts.findById(attemptId)
                .filter(x -> x.exerciseId() == e.id())
                .orElseThrow(Practice::notFound);
        boolean mine = a.memberId() == viewerId;
        boolean reviewer = !mine && PeerReviews.mayReview(attempts, reviews, e, a, viewerId);
        boolean reviewed = !mine && reviews.existsByAttemptIdAndReviewerId(a.id(), viewerId);
        if (!mine && !reviewer && !reviewed) {
            throw notFound();
        }
        List<ReviewView> shown = mine
                ? reviews.findByAttemptIdOrderByCreatedAtAsc(a.id()).stream()
                        .map(Review::view)
                        .toList()
                : List.of();
        return new AttemptView(
                a.id(),
                e.slug(),
                e.title(),
                e.kind(),
                a.submission(),
                JSON.readValue(a.feedback(), Feedback.class),
                a.createdAt(),
                a.offeredForReviewAt() != null,
                mine,
                reviewer,
                shown);
    }

    /** The submitted HTML of one's own attempt, for the sandboxed preview. */
    @Transactional(readOnly = true)
    public String preview(String slug, long attemptId, long viewerId) {
        Exercise e = catalog.find(slug);
        return attempts.findById(attemptId)
                .filter(a -> a.exerciseId() == e.id() && a.memberId() == viewerId && e.kind() == ExerciseKind.HTML)
                .map(Attempt::submission)
                .orElseThrow(Practice::notFound);
    }

    @Transactional(readOnly = true)
    public HistoryPage history(String slug, long memberId, int page) {
        Exercise e = catalog.find(slug);
        int p = Math.max(0, Math.min(page, 10_000));
        List<Attempt> found = attempts.findMine(memberId, e.id(), PageRequest.of(p, HISTORY_PAGE + 1));
        List<HistoryPoint> points = found.stream()
                .limit(HISTORY_PAGE)
                .map(a -> new HistoryPoint(a.id(), a.createdAt(), a.score(), a.passed()))
                .toList();
        return new HistoryPage(e.slug(), e.title(), points, p, found.size() > HISTORY_PAGE);
    }

    private Feedback feedback(Exercise e, String submission, Map<String, String> answers) {
        return checker.check(e.kind(), e.checks(), e.startingMaterial(), submission, answers);
    }

    private static String submission(Exercise e, String text, Map<String, String> answers) {
        String s;
        if (e.kind() == ExerciseKind.ANALYTICS) {
            Map<String, String> given = answers == null ? Map.of() : answers;
            if (given.values().stream().anyMatch(v -> v != null && v.length() > 100) || given.size() > 50) {
                throw new FieldErrorsException(List.of(new FieldError("answers", "exercise.answers.invalid")));
            }
            s = JSON.writeValueAsString(given);
        } else {
            s = text == null ? "" : text.replace("\r\n", "\n");
            if (s.isBlank()) {
                throw new FieldErrorsException(List.of(new FieldError("text", "exercise.text.empty")));
            }
        }
        if (s.getBytes(StandardCharsets.UTF_8).length > ExerciseCatalog.MAX_TEXT) {
            throw new FieldErrorsException(List.of(new FieldError("text", "exercise.text.tooLarge")));
        }
        return s;
    }

    static NotFoundException notFound() {
        return new NotFoundException("There is no such attempt, or it is not yours to see.");
    }
}
