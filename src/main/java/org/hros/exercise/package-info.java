/**
 * Exercises: practice tasks for the skills a recruiting team needs and rarely gets taught (HTML for careers pages,
 * structured data for job postings, copywriting, funnel analytics), each with feedback computed by real checkers:
 * the W3C Nu HTML Checker, accessibility rules on the parsed page, Google's JobPosting requirements, readability
 * and gender-coded wording, and answers compared with figures computed from the exercise's own data set.
 *
 * <p>Exercises are data written by editors. Members' attempts are saved with their feedback; the first attempt that
 * passes publishes {@link org.hros.exercise.ExercisePassed}. Copywriting attempts can be offered for peer review.
 * {@link org.hros.exercise.ExerciseSamples} hands in a built-in exercise's sample solution for the demo community.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercises")
package org.hros.exercise;
