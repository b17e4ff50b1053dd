package org.hros.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;

/**
 * Tracks, progress, reflections and exercise attempts held in memory, standing in for the modules that will
 * implement {@link TeamTraining} and {@link TeamExerciseScores}. Tests set the data they need; nothing here is
 * reachable from production code. Imported as a configuration, it is itself the primary bean of both interfaces.
 */
@TestConfiguration(proxyBeanMethods = false)
@Primary
public class InMemoryTraining implements TeamTraining, TeamExerciseScores {

    private final Map<String, List<String>> tracks = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Map<String, Instant> done = new ConcurrentHashMap<>();
    private final List<Map.Entry<Long, SharedReflection>> reflections = new CopyOnWriteArrayList<>();
    private final List<ExerciseAttempt> attempts = new CopyOnWriteArrayList<>();

    /** Publishes a track with these step titles. */
    public void track(String slug, String title, String... steps) {
        titles.put(slug, title);
        tracks.put(slug, List.of(steps));
    }

    /** The member did step {@code position} (1-based) at {@code at}. */
    public void stepDone(long memberId, String slug, int position, Instant at) {
        done.put(memberId + "/" + slug + "/" + position, at);
    }

    /** The member did every step of the track at {@code at}. */
    public void completed(long memberId, String slug, Instant at) {
        for (int i = 1; i <= tracks.get(slug).size(); i++) {
            stepDone(memberId, slug, i, at);
        }
    }

    public void reflect(long teamId, SharedReflection reflection) {
        reflections.add(Map.entry(teamId, reflection));
    }

    public void attempt(ExerciseAttempt attempt) {
        attempts.add(attempt);
    }

    @Override
    public List<AssignableTrack> assignableTracks() {
        return tracks.keySet().stream()
                .sorted()
                .map(s -> track(s).orElseThrow())
                .toList();
    }

    @Override
    public Optional<AssignableTrack> track(String slug) {
        List<String> steps = tracks.get(slug);
        return steps == null
                ? Optional.empty()
                : Optional.of(new AssignableTrack(slug, titles.get(slug), "Careers-site HTML", steps.size()));
    }

    @Override
    public List<MemberProgress> progress(String trackSlug, Collection<Long> memberIds) {
        List<String> steps = tracks.getOrDefault(trackSlug, List.of());
        List<MemberProgress> result = new ArrayList<>();
        for (long memberId : memberIds) {
            List<StepProgress> stepProgress = new ArrayList<>();
            Instant last = null;
            String next = null;
            int count = 0;
            for (int i = 0; i < steps.size(); i++) {
                Instant at = done.get(memberId + "/" + trackSlug + "/" + (i + 1));
                stepProgress.add(new StepProgress(i + 1, steps.get(i), at));
                if (at != null) {
                    count++;
                    last = last == null || at.isAfter(last) ? at : last;
                } else if (next == null) {
                    next = steps.get(i);
                }
            }
            Instant completedAt = count == steps.size() && !steps.isEmpty() ? last : null;
            result.add(new MemberProgress(memberId, trackSlug, count, steps.size(), completedAt, next, stepProgress));
        }
        return result;
    }

    @Override
    public List<SharedReflection> reflectionsSharedWith(long teamId, int limit) {
        return reflections.stream()
                .filter(e -> e.getKey() == teamId)
                .map(Map.Entry::getValue)
                .sorted((a, b) -> b.sharedAt().compareTo(a.sharedAt()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<ExerciseAttempt> attempts(Collection<Long> memberIds, Instant since) {
        return attempts.stream()
                .filter(a -> memberIds.contains(a.memberId()) && !a.at().isBefore(since))
                .toList();
    }
}
