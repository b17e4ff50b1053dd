package org.hros.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.hros.track.StepCommand;
import org.hros.track.StepKind;
import org.hros.track.TrackCommand;
import org.hros.track.TrackSamples;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Publishes the sample tracks under {@code demo/tracks/}, labelled sample content. Steps name cases by the file
 * under {@code demo/cases/} and requests by their key in {@code demo/requests.yml}; a name that does not resolve
 * stops the load, so a renamed sample never leaves a track pointing nowhere.
 */
@Component
@Profile("demo")
class DemoTracks {

    private final TrackSamples tracks;

    DemoTracks(TrackSamples tracks) {
        this.tracks = tracks;
    }

    /**
     * @param published filled with the published tracks by the name of their file under {@code demo/tracks/}
     * @return how many tracks were published
     */
    int load(long editorId, Map<String, Long> cases, Map<String, Long> requests, Map<String, PublishedTrack> published)
            throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/tracks/*.yml");
        Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                TrackCommand command = command(yaml, cases, requests);
                published.put(
                        file.getFilename(),
                        new PublishedTrack(tracks.publishSample(editorId, command), command.title()));
            }
        }
        return files.length;
    }

    @SuppressWarnings("unchecked")
    static TrackCommand command(Map<String, Object> yaml, Map<String, Long> cases, Map<String, Long> requests) {
        List<StepCommand> steps = new ArrayList<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) yaml.get("steps")) {
            String why = ((String) step.get("why")).strip();
            String prompt = ((String) step.get("prompt")).strip();
            if (step.containsKey("case")) {
                steps.add(new StepCommand(
                        StepKind.CASE, resolve(cases, (String) step.get("case")), null, null, null, null, why, prompt));
            } else if (step.containsKey("request")) {
                steps.add(new StepCommand(
                        StepKind.REQUEST,
                        null,
                        resolve(requests, (String) step.get("request")),
                        null,
                        null,
                        null,
                        why,
                        prompt));
            } else if (step.containsKey("text")) {
                Map<String, String> text = (Map<String, String>) step.get("text");
                steps.add(new StepCommand(
                        StepKind.TEXT, null, null, null, text.get("title"), text.get("body"), why, prompt));
            } else {
                Map<String, String> exercise = (Map<String, String>) step.get("exercise");
                steps.add(new StepCommand(
                        StepKind.EXERCISE, null, null, exercise.get("slug"), exercise.get("title"), null, why, prompt));
            }
        }
        return new TrackCommand(
                ((String) yaml.get("title")).strip(),
                Vocabulary.fromSlug(Skill.class, (String) yaml.get("skill")).orElseThrow(),
                ((String) yaml.get("summary")).strip(),
                true,
                steps);
    }

    private static long resolve(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("A demo track names " + name + ", which the demo does not have");
        }
        return id;
    }

    /** A published sample track: its slug and title. */
    record PublishedTrack(String slug, String title) {}
}
