package org.hros.exercise.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.exercise.ExerciseKind;
import org.hros.exercise.check.AnalyticsDataset.Question;
import org.hros.exercise.check.AnalyticsDataset.QuestionType;
import org.hros.exercise.check.AnalyticsDataset.Source;
import org.hros.exercise.check.AnalyticsDataset.Stage;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which checks an exercise applies and their parameters, as editors write them (JSON), read and validated for the
 * exercise's kind. Anything unknown or out of range is refused with a message for the {@code checks} field.
 */
public sealed interface CheckSettings {

    /** HTML: {@code {"validity": true, "accessibility": true, "jobPostingJsonLd": false}}. */
    record HtmlSettings(boolean validity, boolean accessibility, boolean jobPostingJsonLd) implements CheckSettings {}

    /** COPY: {@code {"maxWords": 300, "targetReadingEase": 60, "genderCoded": true, "jargon": true}}. */
    record CopySettings(Integer maxWords, Double targetReadingEase, boolean genderCoded, boolean jargon)
            implements CheckSettings {}

    /** ANALYTICS: the data set, its questions and the tolerance. */
    record AnalyticsSettings(AnalyticsDataset dataset) implements CheckSettings {}

    String FIELD = "checks";
    JsonMapper JSON = JsonMapper.builder().build();

    static CheckSettings parse(ExerciseKind kind, String json) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (JacksonException e) {
            throw refuse("exercise.checks.json");
        }
        if (root == null || !root.isObject()) {
            throw refuse("exercise.checks.json");
        }
        return switch (kind) {
            case HTML -> html(root);
            case COPY -> copy(root);
            case ANALYTICS -> analytics(root);
        };
    }

    private static HtmlSettings html(JsonNode root) {
        only(root, Set.of("validity", "accessibility", "jobPostingJsonLd"), "exercise.checks.unknown.HTML");
        for (var it = root.values().iterator(); it.hasNext(); ) {
            if (!it.next().isBoolean()) {
                throw refuse("exercise.checks.boolean");
            }
        }
        var s = new HtmlSettings(
                root.path("validity").asBoolean(false),
                root.path("accessibility").asBoolean(false),
                root.path("jobPostingJsonLd").asBoolean(false));
        if (!s.validity() && !s.accessibility() && !s.jobPostingJsonLd()) {
            throw refuse("exercise.checks.none");
        }
        return s;
    }

    private static CopySettings copy(JsonNode root) {
        only(root, Set.of("maxWords", "targetReadingEase", "genderCoded", "jargon"), "exercise.checks.unknown.COPY");
        Integer maxWords = null;
        if (root.has("maxWords")) {
            JsonNode n = root.get("maxWords");
            if (!n.isIntegralNumber() || n.asInt() < 10 || n.asInt() > 5000) {
                throw refuse("exercise.checks.maxWords");
            }
            maxWords = n.asInt();
        }
        Double ease = null;
        if (root.has("targetReadingEase")) {
            JsonNode n = root.get("targetReadingEase");
            if (!n.isNumber() || n.asDouble() < 0 || n.asDouble() > 100) {
                throw refuse("exercise.checks.readingEase");
            }
            ease = n.asDouble();
        }
        for (String flag : List.of("genderCoded", "jargon")) {
            if (root.has(flag) && !root.get(flag).isBoolean()) {
                throw refuse("exercise.checks.boolean");
            }
        }
        var s = new CopySettings(
                maxWords,
                ease,
                root.path("genderCoded").asBoolean(false),
                root.path("jargon").asBoolean(false));
        if (maxWords == null && ease == null && !s.genderCoded() && !s.jargon()) {
            throw refuse("exercise.checks.none");
        }
        return s;
    }

    private static AnalyticsSettings analytics(JsonNode root) {
        only(root, Set.of("stages", "sources", "questions", "tolerance"), "exercise.checks.unknown.ANALYTICS");
        List<Stage> stages = new ArrayList<>();
        for (JsonNode s : array(root, "stages")) {
            String name = name(s);
            JsonNode count = s.get("count");
            if (count == null || !count.isIntegralNumber() || count.asLong() < 0) {
                throw refuse("exercise.checks.stage");
            }
            stages.add(new Stage(name, count.asLong()));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : array(root, "sources")) {
            String name = name(s);
            JsonNode spend = s.get("spend");
            JsonNode hires = s.get("hires");
            if (spend == null || !spend.isNumber() || spend.asDouble() < 0) {
                throw refuse("exercise.checks.source");
            }
            if (hires == null || !hires.isIntegralNumber() || hires.asLong() < 0) {
                throw refuse("exercise.checks.source");
            }
            sources.add(new Source(name, new BigDecimal(spend.asString()), hires.asLong()));
        }
        JsonNode tolerance = root.get("tolerance");
        if (tolerance == null || !tolerance.isNumber() || tolerance.asDouble() < 0 || tolerance.asDouble() > 50) {
            throw refuse("exercise.checks.tolerance");
        }
        AnalyticsDataset partial = new AnalyticsDataset(stages, sources, List.of(), tolerance.asDouble());
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode q : array(root, "questions")) {
            questions.add(question(q, partial, ids));
        }
        if (questions.isEmpty()) {
            throw refuse("exercise.checks.question");
        }
        return new AnalyticsSettings(new AnalyticsDataset(stages, sources, questions, tolerance.asDouble()));
    }

    private static Question question(JsonNode q, AnalyticsDataset data, Set<String> ids) {
        String id = text(q.get("id"));
        QuestionType type;
        try {
            type = QuestionType.valueOf(text(q.get("type")));
        } catch (IllegalArgumentException e) {
            throw refuse("exercise.checks.question");
        }
        if (!id.matches("[a-z0-9-]{1,30}") || !ids.add(id)) {
            throw refuse("exercise.checks.question");
        }
        String from = text(q.get("from"));
        String to = text(q.get("to"));
        String source = text(q.get("source"));
        boolean fine = switch (type) {
            case CONVERSION ->
                data.findStage(from).filter(s -> s.count() > 0).isPresent()
                        && data.findStage(to).isPresent();
            case COST_PER_HIRE ->
                data.findSource(source).filter(s -> s.hires() > 0).isPresent();
            case BEST_SOURCE -> data.sources().stream().anyMatch(s -> s.hires() > 0);
            case LEAKIEST_STEP -> data.stages().size() >= 2;
        };
        if (!fine) {
            throw refuse("exercise.checks.question");
        }
        return new Question(id, type, from, to, source);
    }

    private static void only(JsonNode root, Set<String> allowed, String code) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            if (!allowed.contains(it.next().getKey())) {
                throw refuse(code);
            }
        }
    }

    private static List<JsonNode> array(JsonNode root, String name) {
        JsonNode a = root.get(name);
        if (a == null || !a.isArray() || a.size() > 50) {
            throw refuse("exercise.checks." + name.substring(0, name.length() - 1));
        }
        List<JsonNode> items = new ArrayList<>();
        a.forEach(items::add);
        return items;
    }

    private static String name(JsonNode item) {
        String name = text(item.get("name")).strip();
        if (name.isEmpty() || name.length() > 80) {
            throw refuse("exercise.checks.name");
        }
        return name;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? "" : node.asString();
    }

    private static FieldErrorsException refuse(String code) {
        return new FieldErrorsException(List.of(new FieldError(FIELD, code)));
    }
}
