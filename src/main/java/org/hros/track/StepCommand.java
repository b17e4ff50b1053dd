package org.hros.track;

/**
 * One step as composed. Which reference is set depends on the kind: {@code caseId} for a case, {@code requestId}
 * for a request, {@code title} and {@code body} (Markdown) for a text, {@code exerciseSlug} and {@code title} for
 * an exercise.
 */
public record StepCommand(
        StepKind kind,
        Long caseId,
        Long requestId,
        String exerciseSlug,
        String title,
        String body,
        String why,
        String prompt) {}
