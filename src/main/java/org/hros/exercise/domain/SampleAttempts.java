package org.hros.exercise.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hros.exercise.ExerciseSamples;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo community's attempts, through {@link Practice} like a member's own. The sample solution of a built-in
 * exercise is {@code sample-solution.txt} beside its {@code start.txt}.
 */
@Component
class SampleAttempts implements ExerciseSamples {

    private final Practice practice;
    private final AttemptRepository attempts;

    SampleAttempts(Practice practice, AttemptRepository attempts) {
        this.practice = practice;
        this.attempts = attempts;
    }

    @Override
    @Transactional
    public boolean attemptSample(String exerciseSlug, long memberId) {
        long id = practice.attempt(exerciseSlug, memberId, solution(exerciseSlug), Map.of());
        return attempts.findById(id).orElseThrow().passed();
    }

    private static String solution(String slug) {
        String path = "/exercise/builtin/" + slug + "/sample-solution.txt";
        try (InputStream in = SampleAttempts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample solution for " + slug);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
