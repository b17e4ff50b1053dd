package org.hros.exercise;

import java.time.Instant;

/**
 * A member's attempt at an exercise passed every blocking check for the first time. Published once per member and
 * exercise; later passing attempts publish nothing.
 */
public record ExercisePassed(long memberId, String exerciseSlug, Instant at) {}
