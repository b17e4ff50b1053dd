package org.hros.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.session.SessionKind;
import org.hros.session.SessionSamples;
import org.hros.session.SessionSamples.SampleAfterwards;
import org.hros.session.SessionSamples.SampleSession;
import org.hros.shared.Topic;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Schedules the sample live sessions in {@code demo/sessions.yml}, at times counted from the day the demo is
 * loaded: upcoming ones with RSVPs (a small clinic with a waiting list), and one that took place, with its
 * recording, notes and the cases and requests it covered.
 */
@Component
@Profile("demo")
class DemoSessions {

    private final SessionSamples sessions;
    private final Clock clock;

    DemoSessions(SessionSamples sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param members demo member ids by key
     * @param cases sample case ids by the name of their file under {@code demo/cases/}
     * @param requests request ids by their key in {@code demo/requests.yml}
     * @return how many sessions were scheduled
     */
    @SuppressWarnings("unchecked")
    int load(Map<String, Long> members, Map<String, Long> cases, Map<String, Long> requests) throws IOException {
        List<Map<String, Object>> entries;
        try (InputStream in = new ClassPathResource("demo/sessions.yml").getInputStream()) {
            entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        long editor = members.get("elena");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Map<String, Object> e : entries) {
            String bornFrom = (String) e.get("bornFrom");
            SampleSession session = new SampleSession(
                    SessionKind.valueOf((String) e.get("kind")),
                    (String) e.get("title"),
                    ((String) e.get("summary")).strip(),
                    today.plusDays(((Number) e.get("startsInDays")).intValue())
                            .atTime(LocalTime.of(((Number) e.get("atUtc")).intValue(), 0))
                            .toInstant(ZoneOffset.UTC),
                    ((Number) e.get("durationMinutes")).intValue(),
                    ((Number) e.get("capacity")).intValue(),
                    (String) e.get("placeUrl"),
                    bornFrom == null ? null : resolve(requests, bornFrom),
                    ids(members, (List<String>) e.get("hosts")),
                    topics((List<String>) e.get("topics")));
            Map<String, Object> afterwards = (Map<String, Object>) e.get("afterwards");
            if (afterwards == null) {
                long id = sessions.scheduleSample(editor, session);
                for (long member : ids(members, (List<String>) e.getOrDefault("rsvps", List.of()))) {
                    sessions.rsvpSample(id, member);
                }
            } else {
                sessions.pastSample(
                        editor,
                        session,
                        new SampleAfterwards(
                                (String) afterwards.get("recordingUrl"),
                                ((String) afterwards.get("notes")).strip(),
                                ids(cases, (List<String>) afterwards.get("cases")),
                                ids(requests, (List<String>) afterwards.get("requests"))));
            }
        }
        return entries.size();
    }

    private static Set<Topic> topics(List<String> slugs) {
        Set<Topic> topics = new java.util.TreeSet<>();
        topics.addAll(DemoCommunity.words(Topic.class, slugs));
        return topics;
    }

    private static List<Long> ids(Map<String, Long> ids, List<String> names) {
        return names.stream().map(name -> resolve(ids, name)).toList();
    }

    private static long resolve(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("A demo session names " + name + ", which the demo does not have");
        }
        return id;
    }
}
