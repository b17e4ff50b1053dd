package org.hros.track.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.hros.track.StepCommand;
import org.hros.track.StepKind;
import org.hros.track.TrackCommand;
import org.springframework.stereotype.Component;

/**
 * Checks a composed track. Editors may use every kind of step; a member's proposal is built from published cases
 * only. Every case must be published and every request visible now.
 */
@Component
class TrackRules {

    static final int MAX_STEPS = 12;
    private static final Pattern CASE = Pattern.compile(
            "^(?:(?:https?://[^/\\s]+)?/cases/|case\\s*#?\\s*)?(\\d{1,18})(?:[/?#]\\S*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile(
            "^(?:(?:https?://[^/\\s]+)?/requests/|request\\s*#?\\s*)?(\\d{1,18})(?:[/?#]\\S*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXERCISE = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    private final StepResolver resolver;

    TrackRules(StepResolver resolver) {
        this.resolver = resolver;
    }

    TrackCommand check(TrackDraft draft, boolean editor) {
        return check(draft, editor, null);
    }

    /**
     * Checks a draft of a track that was about {@code before} (null for a new one): a retired skill the track already
     * had stays, a retired skill newly chosen is refused.
     */
    TrackCommand check(TrackDraft draft, boolean editor, Skill before) {
        Set<FieldError> errors = new LinkedHashSet<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.length() < 5 || title.length() > 200) {
            errors.add(new FieldError("title", "track.title.invalid"));
        }
        Optional<Skill> skill = draft.skill() == null
                ? Optional.empty()
                : Vocabulary.fromSlug(Skill.class, draft.skill().strip());
        if (skill.isEmpty()) {
            errors.add(new FieldError("skill", "track.skill.invalid"));
        } else if (Vocabulary.addsRetired(skill.get(), before)) {
            errors.add(new FieldError("skill", "word.retired"));
        }
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        if (summary.length() < 20 || summary.length() > 2000) {
            errors.add(new FieldError("summary", "track.summary.invalid"));
        }
        List<StepCommand> steps = new ArrayList<>();
        for (int i = 0; i < draft.rows(); i++) {
            String kindText = TrackDraft.at(draft.kinds(), i);
            String ref = TrackDraft.at(draft.refs(), i);
            String why = TrackDraft.at(draft.whys(), i);
            String body = TrackDraft.at(draft.bodies(), i);
            if (ref.isEmpty() && why.isEmpty() && body.isEmpty()) {
                continue;
            }
            steps.add(step(draft, i, kindText, ref, why, body, editor, errors));
        }
        if (steps.isEmpty()) {
            errors.add(new FieldError("kinds", "track.steps.none"));
        }
        if (steps.size() > MAX_STEPS) {
            errors.add(new FieldError("kinds", "track.steps.tooMany"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(List.copyOf(errors));
        }
        return new TrackCommand(title, skill.orElseThrow(), summary, editor && draft.sampleChosen(), steps);
    }

    private StepCommand step(
            TrackDraft d,
            int i,
            String kindText,
            String ref,
            String why,
            String body,
            boolean editor,
            Set<FieldError> errors) {
        StepKind kind;
        try {
            kind = kindText.isEmpty() ? StepKind.CASE : StepKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = StepKind.CASE;
            errors.add(new FieldError("kinds", "track.step.kind.invalid"));
        }
        if (!editor && kind != StepKind.CASE) {
            errors.add(new FieldError("kinds", "track.step.kind.onlyCases"));
        }
        String title = TrackDraft.at(d.stepTitles(), i);
        String prompt = TrackDraft.at(d.prompts(), i);
        if (why.length() < 10 || why.length() > 500) {
            errors.add(new FieldError("whys", "track.step.why.invalid"));
        }
        if (prompt.isEmpty()) {
            prompt = "What would you have done differently?";
        } else if (prompt.length() > 500) {
            errors.add(new FieldError("prompts", "track.step.prompt.invalid"));
        }
        Long caseId = null;
        Long requestId = null;
        String exercise = null;
        switch (kind) {
            case CASE -> {
                caseId = id(CASE, ref);
                if (caseId == null || !resolver.casePublished(caseId)) {
                    errors.add(new FieldError("refs", "track.step.case.invalid"));
                }
            }
            case REQUEST -> {
                requestId = id(REQUEST, ref);
                if (requestId == null || !resolver.requestVisible(requestId)) {
                    errors.add(new FieldError("refs", "track.step.request.invalid"));
                }
            }
            case EXERCISE -> {
                exercise = ref.toLowerCase(Locale.ROOT);
                if (!EXERCISE.matcher(exercise).matches() || exercise.length() > 120) {
                    errors.add(new FieldError("refs", "track.step.exercise.invalid"));
                }
                if (title.length() < 3 || title.length() > 200) {
                    errors.add(new FieldError("stepTitles", "track.step.title.invalid"));
                }
            }
            case TEXT -> {
                if (title.length() < 3 || title.length() > 200) {
                    errors.add(new FieldError("stepTitles", "track.step.title.invalid"));
                }
                if (body.length() < 20 || body.length() > 4000) {
                    errors.add(new FieldError("bodies", "track.step.body.invalid"));
                }
            }
        }
        return new StepCommand(kind, caseId, requestId, exercise, title, body, why, prompt);
    }

    private static Long id(Pattern pattern, String ref) {
        Matcher m = pattern.matcher(ref.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
