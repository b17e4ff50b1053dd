package org.hros.exercise;

/** What a member hands in for an exercise, and so which checks can apply. */
public enum ExerciseKind {
    /** A piece of HTML: validity, accessibility, schema.org JobPosting data. */
    HTML,
    /** A text: length, readability, gender-coded wording, jargon. */
    COPY,
    /** Answers to questions about a recruiting data set, compared with figures computed from it. */
    ANALYTICS;

    public String messageKey() {
        return "exercise.kind." + name();
    }
}
