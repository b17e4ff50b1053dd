package org.hros.exercise.domain;

/** A review as given: each rubric score 1–3 and a comment. */
public record ReviewCommand(int clear, int inclusive, int specific, int honest, String comment) {}
