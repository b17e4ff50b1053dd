package org.hros.exercise.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.check.AnalyticsDataset;
import org.hros.exercise.check.CheckSettings;
import org.hros.exercise.check.ExerciseChecker;
import org.hros.exercise.domain.ExerciseViews.ExercisePage;
import org.hros.exercise.domain.ExerciseViews.ExerciseSummary;
import org.hros.exercise.domain.ExerciseViews.QuestionView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.ForbiddenException;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exercises: listed for members, written and changed by editors. */
@Service
public class ExerciseCatalog {

    static final int MAX_TEXT = 50 * 1024;
    private static final Set<String> RESERVED = Set.of("new", "reviews");

    private final ExerciseRepository exercises;
    private final AttemptRepository attempts;
    private final ExerciseChecker checker;
    private final Clock clock;

    ExerciseCatalog(ExerciseRepository exercises, AttemptRepository attempts, ExerciseChecker checker, Clock clock) {
        this.exercises = exercises;
        this.attempts = attempts;
        this.checker = checker;
        this.clock = clock;
    }

    /** Checks an exercise as an editor typed it. */
    public ExerciseCommand command(
            String slug, String title, ExerciseKind kind, String task, String startingMaterial, String checks) {
        List<FieldError> errors = new ArrayList<>();
        String cleanSlug = slug == null ? "" : slug.strip();
        if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > 80 || RESERVED.contains(cleanSlug)) {
            errors.add(new FieldError("slug", "exercise.slug.invalid"));
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() < 3 || cleanTitle.length() > 200) {
            errors.add(new FieldError("title", "exercise.title.invalid"));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "exercise.kind.invalid"));
        }
        String cleanTask = task == null ? "" : task.strip();
        if (cleanTask.length() < 10 || cleanTask.length() > 20_000) {
            errors.add(new FieldError("task", "exercise.task.invalid"));
        }
        String material = startingMaterial == null ? "" : startingMaterial.replace("\r\n", "\n");
        if (material.length() > MAX_TEXT || (kind != null && kind != ExerciseKind.ANALYTICS && material.isBlank())) {
            errors.add(new FieldError("startingMaterial", "exercise.startingMaterial.invalid"));
        }
        String cleanChecks = checks == null ? "" : checks.strip();
        if (kind != null) {
            try {
                CheckSettings.parse(kind, cleanChecks);
            } catch (FieldErrorsException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new ExerciseCommand(
                cleanSlug, cleanTitle, kind, cleanTask, MarkdownRenderer.toSafeHtml(cleanTask), material, cleanChecks);
    }

    @Transactional
    public String create(boolean editor, ExerciseCommand command) {
        requireEditor(editor);
        if (exercises.existsBySlug(command.slug())) {
            throw new FieldErrorsException(List.of(new FieldError("slug", "exercise.slug.taken")));
        }
        return exercises.save(new Exercise(command, clock.instant())).slug();
    }

    /** Changes an exercise; its slug stays, since tracks and attempts point at it. */
    @Transactional
    public void update(boolean editor, String slug, ExerciseCommand command) {
        requireEditor(editor);
        find(slug).change(command, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ExerciseSummary> list(Long viewerId) {
        Map<Long, List<Attempt>> mine = viewerId == null
                ? Map.of()
                : attempts.findByMemberId(viewerId).stream().collect(Collectors.groupingBy(Attempt::exerciseId));
        return exercises.findAllInOrder().stream()
                .map(e -> {
                    List<Attempt> tried = mine.getOrDefault(e.id(), List.of());
                    Integer best = tried.stream()
                            .map(Attempt::score)
                            .max(Integer::compare)
                            .orElse(null);
                    return new ExerciseSummary(
                            e.slug(), e.title(), e.kind(), best, tried.stream().anyMatch(Attempt::passed));
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public ExercisePage exercise(String slug) {
        return page(find(slug));
    }

    ExercisePage page(Exercise e) {
        List<QuestionView> questions = List.of();
        AnalyticsDataset data = null;
        if (e.kind() == ExerciseKind.ANALYTICS) {
            AnalyticsDataset d = checker.dataset(e.checks());
            data = d;
            questions = d.questions().stream()
                    .map(q -> new QuestionView(
                            q.id(), q.messageKey(), q.args(), q.type().numeric(), d.choices(q)))
                    .toList();
        }
        return new ExercisePage(
                e.slug(),
                e.title(),
                e.kind(),
                e.taskMarkdown(),
                e.taskHtml(),
                e.startingMaterial(),
                e.checks(),
                questions,
                data);
    }

    Exercise find(String slug) {
        return exercises.findBySlug(slug).orElseThrow(() -> new NotFoundException("There is no such exercise."));
    }

    private static void requireEditor(boolean editor) {
        if (!editor) {
            throw new ForbiddenException("Only editors write exercises.");
        }
    }
}
