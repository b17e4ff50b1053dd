package org.hros.exercise.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.domain.ExerciseViews.AttemptView;
import org.hros.exercise.domain.ExerciseViews.ExercisePage;
import org.hros.platform.web.FormView;

/** The forms of the exercise pages. */
public final class ExerciseForms {

    static final String ANSWER_PREFIX = "answer-";

    /** The rubric of a peer review, in the order the form asks. */
    public static final java.util.List<String> CRITERIA = java.util.List.of("clear", "inclusive", "specific", "honest");

    private ExerciseForms() {}

    public static String criterionKey(String criterion) {
        return "exercise.review.criterion." + criterion;
    }

    public static String scoreKey(int score) {
        return "exercise.review.score." + score;
    }

    /** An exercise as an editor types it. */
    public record ExerciseForm(
            String slug, String title, ExerciseKind kind, String task, String startingMaterial, String checks) {

        static ExerciseForm blank() {
            return new ExerciseForm("", "", ExerciseKind.COPY, "", "", "{\"maxWords\": 300, \"jargon\": true}");
        }

        static ExerciseForm of(ExercisePage e) {
            return new ExerciseForm(e.slug(), e.title(), e.kind(), e.taskMarkdown(), e.startingMaterial(), e.checks());
        }
    }

    /** The editor's page: a new exercise when {@code slug} is null. */
    public record ExerciseFormView(String slug, FormView<ExerciseForm> form) {

        public String action() {
            return slug == null ? "/exercises" : "/exercises/" + slug + "/edit";
        }
    }

    /** A submission: the text, or the answers by question id. */
    public record AttemptForm(String text, Map<String, String> answers) {

        static AttemptForm from(String text, Map<String, String> params) {
            Map<String, String> answers = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith(ANSWER_PREFIX)) {
                    answers.put(k.substring(ANSWER_PREFIX.length()), v);
                }
            });
            return new AttemptForm(text, answers);
        }

        public String answer(String id) {
            return answers == null ? "" : answers.getOrDefault(id, "");
        }
    }

    /** The practice page: the exercise, the editor, and the latest attempt's feedback if there is one. */
    public record PracticeView(
            ExercisePage exercise, FormView<AttemptForm> form, AttemptView attempt, boolean editor) {}

    /** A peer's review as typed. */
    public record ReviewForm(Integer clear, Integer inclusive, Integer specific, Integer honest, String comment) {

        static ReviewForm blank() {
            return new ReviewForm(null, null, null, null, "");
        }
    }

    /** An attempt's page, with the review form for a reviewer. */
    public record AttemptPageView(AttemptView attempt, FormView<ReviewForm> review) {}
}
