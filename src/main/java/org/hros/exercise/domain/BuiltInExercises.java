package org.hros.exercise.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hros.exercise.ExerciseKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exercises every installation starts with (tracks link to them by slug), read from
 * {@code src/main/resources/exercise/builtin/<slug>/}: {@code exercise.json} (title, kind, checks), {@code task.md}
 * and {@code start.txt}. Each is added once, when its slug is missing; an editor's later changes are never
 * overwritten.
 */
@Component
class BuiltInExercises implements ApplicationRunner {

    static final List<String> SLUGS = List.of(
            "careers-page-accessibility",
            "job-posting-structured-data",
            "job-ad-rewrite",
            "candidate-email-rewrite",
            "funnel-conversion",
            "cost-per-hire");

    private final ExerciseCatalog catalog;
    private final ExerciseRepository exercises;

    BuiltInExercises(ExerciseCatalog catalog, ExerciseRepository exercises) {
        this.catalog = catalog;
        this.exercises = exercises;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        JsonMapper json = JsonMapper.builder().build();
        for (String slug : SLUGS) {
            if (exercises.existsBySlug(slug)) {
                continue;
            }
            JsonNode meta = json.readTree(read(slug, "exercise.json"));
            catalog.create(
                    true,
                    catalog.command(
                            slug,
                            meta.get("title").asString(),
                            ExerciseKind.valueOf(meta.get("kind").asString()),
                            read(slug, "task.md"),
                            read(slug, "start.txt"),
                            json.writeValueAsString(meta.get("checks"))));
        }
    }

    private static String read(String slug, String file) {
        String path = "/exercise/builtin/" + slug + "/" + file;
        try (InputStream in = BuiltInExercises.class.getResourceAsStream(path)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
