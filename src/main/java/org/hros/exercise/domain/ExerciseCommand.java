package org.hros.exercise.domain;

import org.hros.exercise.ExerciseKind;

/** An exercise as checked: slug and title trimmed, task rendered and sanitised, checks valid for the kind. */
public record ExerciseCommand(
        String slug,
        String title,
        ExerciseKind kind,
        String taskMarkdown,
        String taskHtml,
        String startingMaterial,
        String checks) {}
