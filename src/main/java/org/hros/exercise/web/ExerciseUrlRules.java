package org.hros.exercise.web;

import java.util.List;
import org.hros.platform.ModuleUrlRules;
import org.hros.platform.UrlRule;
import org.springframework.stereotype.Component;

/**
 * Exercises, attempts and peer reviews are for members; the exercise module decides who is an editor.
 */
@Component
class ExerciseUrlRules implements ModuleUrlRules {

    @Override
    public List<UrlRule> rules() {
        return List.of(
                UrlRule.member(
                        "/exercises",
                        "/exercises/new",
                        "/exercises/reviews",
                        "/exercises/*",
                        "/exercises/*/edit",
                        "/exercises/*/history",
                        "/exercises/*/attempts",
                        "/exercises/*/attempts/*",
                        "/exercises/*/attempts/*/preview",
                        "/exercises/*/attempts/*/offer",
                        "/exercises/*/attempts/*/reviews"),
                UrlRule.member(
                        "/api/v1/exercises",
                        "/api/v1/exercises/*",
                        "/api/v1/exercises/*/attempts",
                        "/api/v1/exercises/*/check"));
    }
}
