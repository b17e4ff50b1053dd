package org.hros.exercise.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.exercise.domain.ExerciseCatalog;
import org.hros.exercise.domain.Practice;
import org.hros.member.MemberPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exercises over JSON, for members: read them, check a text without saving it (counted against the posting
 * allowance), or hand in an attempt. A submission above 50 KB is refused with 400.
 */
@RestController
@Tag(name = "Exercises", description = "Practice exercises with computed feedback")
class ExerciseApiController {

    private final ExerciseCatalog catalog;
    private final Practice practice;
    private final MessageSource messages;

    ExerciseApiController(ExerciseCatalog catalog, Practice practice, MessageSource messages) {
        this.catalog = catalog;
        this.practice = practice;
        this.messages = messages;
    }

    @GetMapping("/api/v1/exercises")
    @Operation(summary = "List the exercises, with the caller's best score and whether they passed")
    List<ExerciseJson.Summary> listExercises(@AuthenticationPrincipal MemberPrincipal me) {
        return catalog.list(me.id()).stream().map(ExerciseJson.Summary::of).toList();
    }

    @GetMapping("/api/v1/exercises/{slug}")
    @Operation(summary = "Read an exercise: its task, starting material and questions")
    ExerciseJson.Exercise getExercise(@PathVariable String slug) {
        return ExerciseJson.Exercise.of(catalog.exercise(slug), messages);
    }

    @PostMapping("/api/v1/exercises/{slug}/check")
    @Operation(summary = "Check a submission and return the feedback; nothing is saved")
    ExerciseJson.Result check(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @RequestBody ExerciseJson.Submission body) {
        return ExerciseJson.Result.of(practice.check(slug, me.id(), body.text(), body.answers()), messages, null);
    }

    @PostMapping("/api/v1/exercises/{slug}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand in an attempt: it is checked and saved with its feedback")
    ExerciseJson.Result createAttempt(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @RequestBody ExerciseJson.Submission body) {
        long id = practice.attempt(slug, me.id(), body.text(), body.answers());
        return ExerciseJson.Result.of(practice.attempt(slug, id, me.id()).feedback(), messages, id);
    }
}
