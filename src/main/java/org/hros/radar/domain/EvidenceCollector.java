package org.hros.radar.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.hros.casestudy.CaseEvidence.CaseFact;
import org.hros.casestudy.Outcome;
import org.hros.request.RequestEvidence.RequestFact;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** Gathers the evidence behind every blip from the published cases and the requests. Pure. */
final class EvidenceCollector {

    /** A case counts as recent for a year after it was first published. */
    static final Duration RECENT = Duration.ofDays(365);

    private EvidenceCollector() {}

    /** One blip's evidence and the cases and requests behind it. */
    record Collected(
            String kind,
            String slug,
            String name,
            Quadrant quadrant,
            Evidence evidence,
            List<Long> caseIds,
            List<Long> requestIds) {}

    /** A label for a topic or skill; the radar stores names so that editions keep the words they were shown with. */
    interface Labels {
        String of(org.hros.shared.Vocabulary word);
    }

    static List<Collected> collect(
            List<CaseFact> cases,
            List<RequestFact> requests,
            List<PracticeView> practices,
            Labels labels,
            Instant now) {
        // Newest first: the evidence page shows only the first few, and the newest are what a reader came for.
        List<CaseFact> newestCases = cases.stream()
                .sorted(Comparator.comparing(CaseFact::firstPublishedAt)
                        .thenComparingLong(CaseFact::id)
                        .reversed())
                .toList();
        List<RequestFact> newestRequests = requests.stream()
                .sorted(Comparator.comparing(RequestFact::createdAt)
                        .thenComparingLong(RequestFact::id)
                        .reversed())
                .toList();
        List<Collected> blips = new ArrayList<>();
        // Every topic and skill carries its quadrant in the vocabulary; a word gone between two reads lands in people
        // and culture.
        for (Topic topic : Topic.active()) {
            blips.add(blip(
                    "topic",
                    topic.slug(),
                    labels.of(topic),
                    topic.quadrant().orElse(Quadrant.PEOPLE_CULTURE),
                    newestCases,
                    c -> c.topics().contains(topic),
                    newestRequests,
                    r -> r.topics().contains(topic),
                    now));
        }
        for (Skill skill : Skill.active()) {
            blips.add(blip(
                    "skill",
                    skill.slug(),
                    labels.of(skill),
                    skill.quadrant().orElse(Quadrant.PEOPLE_CULTURE),
                    newestCases,
                    c -> c.skills().contains(skill),
                    newestRequests,
                    r -> r.skills().contains(skill),
                    now));
        }
        for (PracticeView practice : practices) {
            blips.add(blip(
                    "practice",
                    practice.slug(),
                    practice.name(),
                    practice.quadrant(),
                    newestCases,
                    c -> tied(practice, c.topics(), c.skills(), c.title() + " " + c.excerpt()),
                    newestRequests,
                    r -> tied(practice, r.topics(), r.skills(), r.title()),
                    now));
        }
        return blips;
    }

    static boolean tied(PracticeView practice, java.util.Set<Topic> topics, java.util.Set<Skill> skills, String text) {
        if (topics.stream().anyMatch(practice.topics()::contains)
                || skills.stream().anyMatch(practice.skills()::contains)) {
            return true;
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return practice.keywords().stream().anyMatch(lower::contains);
    }

    private static Collected blip(
            String kind,
            String slug,
            String name,
            Quadrant quadrant,
            List<CaseFact> cases,
            Predicate<CaseFact> caseOn,
            List<RequestFact> requests,
            Predicate<RequestFact> requestOn,
            Instant now) {
        int total = 0, successes = 0, mixed = 0, failures = 0, recent = 0;
        long helpful = 0;
        List<Long> caseIds = new ArrayList<>();
        for (CaseFact c : cases) {
            if (!caseOn.test(c)) {
                continue;
            }
            total++;
            caseIds.add(c.id());
            helpful += c.helpful();
            if (c.outcome() == Outcome.SUCCESS) {
                successes++;
            } else if (c.outcome() == Outcome.FAILURE) {
                failures++;
            } else {
                mixed++;
            }
            if (c.firstPublishedAt().isAfter(now.minus(RECENT))) {
                recent++;
            }
        }
        List<Long> requestIds = new ArrayList<>();
        for (RequestFact r : requests) {
            if (r.waiting() && requestOn.test(r)) {
                requestIds.add(r.id());
            }
        }
        Evidence evidence = new Evidence(total, successes, mixed, failures, recent, helpful, requestIds.size());
        return new Collected(kind, slug, name, quadrant, evidence, caseIds, requestIds);
    }
}
