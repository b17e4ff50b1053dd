package org.hros.exercise.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.check.Feedback;
import org.hros.exercise.check.Finding;
import org.hros.exercise.domain.ExerciseViews.ExercisePage;
import org.hros.exercise.domain.ExerciseViews.ExerciseSummary;
import org.springframework.context.MessageSource;

/** The exercises over JSON. */
final class ExerciseJson {

    private ExerciseJson() {}

    record Summary(String slug, String title, ExerciseKind kind, Integer bestScore, boolean passed) {
        static Summary of(ExerciseSummary s) {
            return new Summary(s.slug(), s.title(), s.kind(), s.bestScore(), s.passed());
        }
    }

    record Question(String id, String text, boolean numeric, List<String> choices) {}

    record Exercise(
            String slug,
            String title,
            ExerciseKind kind,
            String taskHtml,
            String startingMaterial,
            List<Question> questions) {
        static Exercise of(ExercisePage e, MessageSource messages) {
            return new Exercise(
                    e.slug(),
                    e.title(),
                    e.kind(),
                    e.taskHtml(),
                    e.startingMaterial(),
                    e.questions().stream()
                            .map(q -> new Question(
                                    q.id(),
                                    messages.getMessage(q.key(), q.argArray(), Locale.ENGLISH),
                                    q.numeric(),
                                    q.choices()))
                            .toList());
        }
    }

    /** A submission: {@code text} for HTML and copy, {@code answers} by question id for analytics. */
    record Submission(String text, Map<String, String> answers) {}

    record Message(String check, String severity, String message, int line, int column) {
        static Message of(Finding f, MessageSource messages) {
            return new Message(
                    f.check(),
                    f.severity().name(),
                    messages.getMessage(f.key(), f.argArray(), Locale.ENGLISH),
                    f.line(),
                    f.column());
        }
    }

    record Result(boolean passed, int score, List<Message> findings, Long attemptId) {
        static Result of(Feedback f, MessageSource messages, Long attemptId) {
            return new Result(
                    f.passed(),
                    f.score(),
                    f.findings().stream().map(x -> Message.of(x, messages)).toList(),
                    attemptId);
        }
    }
}
