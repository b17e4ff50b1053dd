package org.hros.exercise.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.domain.ExerciseViews.AttemptView;
import org.hros.exercise.domain.ExerciseViews.ExercisePage;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.TextInput;

/** The forms of the exercise pages. */
public final class ExerciseForms {

    static final String ANSWER_PREFIX = "answer-";

    /** The message for text refused for its control characters, as for every other form. */
    static final String CONTROL_CHARACTERS = "input.controlCharacters";

    /** The rubric of a peer review, in the order the form asks. */
    public static final java.util.List<String> CRITERIA = java.util.List.of("clear", "inclusive", "specific", "honest");

    private ExerciseForms() {}

    public static String criterionKey(String criterion) {
        return "exercise.review.criterion." + criterion;
    }

    public static String scoreKey(int score) {
        return "exercise.review.score." + score;
    }

    /**
     * An exercise as an editor types it. The kind is the text sent, so that a kind no one could have chosen still
     * builds the form and is reported as a field error.
     */
    public record ExerciseForm(
            String slug, String title, String kind, String task, String startingMaterial, String checks) {

        static ExerciseForm blank() {
            return new ExerciseForm("", "", ExerciseKind.COPY.name(), "", "", "{\"maxWords\": 300, \"jargon\": true}");
        }

        static ExerciseForm of(ExercisePage e) {
            return new ExerciseForm(
                    e.slug(), e.title(), e.kind().name(), e.taskMarkdown(), e.startingMaterial(), e.checks());
        }

        /** The kind chosen, or null when the form names none of them. */
        public ExerciseKind kindChosen() {
            for (ExerciseKind k : ExerciseKind.values()) {
                if (k.name().equals(kind)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The editor's page: a new exercise when {@code slug} is null. */
    public record ExerciseFormView(String slug, FormView<ExerciseForm> form) {

        public String action() {
            return slug == null ? "/exercises" : "/exercises/" + slug + "/edit";
        }
    }

    /** The text of a submission, bound as a form so that text with control characters is a field error. */
    public record SubmittedText(String text) {}

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

        /**
         * The form with its answers normalised, or the field errors for texts with control characters. The answers
         * are read from the raw parameters (their names are not known in advance), so they are checked here rather
         * than by the binder, and a refused answer comes back as a message on the form rather than a bare 400.
         */
        AttemptForm checked() {
            List<FieldErrorsException.FieldError> errors = new ArrayList<>();
            if (!TextInput.acceptable(text)) {
                errors.add(new FieldErrorsException.FieldError("text", CONTROL_CHARACTERS));
            }
            if (answers != null && !answers.values().stream().allMatch(TextInput::acceptable)) {
                errors.add(new FieldErrorsException.FieldError("answers", CONTROL_CHARACTERS));
            }
            if (!errors.isEmpty()) {
                throw new FieldErrorsException(errors);
            }
            Map<String, String> normalised = new LinkedHashMap<>();
            if (answers != null) {
                answers.forEach((id, answer) -> normalised.put(id, TextInput.normalise(answer)));
            }
            return new AttemptForm(text == null ? null : TextInput.normalise(text), normalised);
        }

        public String answer(String id) {
            return answers == null ? "" : answers.getOrDefault(id, "");
        }
    }

    /** The practice page: the exercise, the editor, and the latest attempt's feedback if there is one. */
    public record PracticeView(
            ExercisePage exercise, FormView<AttemptForm> form, AttemptView attempt, boolean editor) {}

    /**
     * A peer's review as typed. The scores are the texts sent, so that a score no one could have chosen still builds
     * the form; it is read as no score, which the rubric reports under its criterion.
     */
    public record ReviewForm(String clear, String inclusive, String specific, String honest, String comment) {

        static ReviewForm blank() {
            return new ReviewForm(null, null, null, null, "");
        }

        static Integer score(String value) {
            return value == null || !value.matches("\\d{1,2}") ? null : Integer.valueOf(value);
        }
    }

    /** An attempt's page, with the review form for a reviewer. */
    public record AttemptPageView(AttemptView attempt, FormView<ReviewForm> review) {}
}
