package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hros.casestudy.CaseEvidence.CaseFact;
import org.hros.casestudy.Outcome;
import org.hros.request.RequestEvidence.RequestFact;
import org.hros.shared.Topic;
import org.junit.jupiter.api.Test;

/** What the radar keeps behind each blip: the evidence page shows only the first of these, so the order matters. */
class EvidenceCollectorTests {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void aBlipListsItsNewestCasesAndRequestsFirst() {
        // A draft started long ago (a low id) and published only yesterday is the newest case on the topic.
        CaseFact old = fact(1, Duration.ofDays(300));
        CaseFact lateDraft = fact(2, Duration.ofDays(1));
        CaseFact recent = fact(3, Duration.ofDays(10));
        RequestFact asked = request(7, Duration.ofDays(40));
        RequestFact askedLater = request(8, Duration.ofDays(2));

        EvidenceCollector.Collected onboarding = EvidenceCollector.collect(
                        List.of(old, lateDraft, recent),
                        List.of(asked, askedLater),
                        List.of(),
                        word -> word.slug(),
                        NOW)
                .stream()
                .filter(blip -> blip.kind().equals("topic")
                        && blip.slug().equals(Topic.of("onboarding").slug()))
                .findFirst()
                .orElseThrow();

        assertThat(onboarding.caseIds()).containsExactly(2L, 3L, 1L);
        assertThat(onboarding.requestIds()).containsExactly(8L, 7L);
    }

    private static CaseFact fact(long id, Duration ago) {
        return new CaseFact(
                id, "Case " + id, "", Outcome.SUCCESS, Set.of(Topic.of("onboarding")), Set.of(), NOW.minus(ago), 0);
    }

    private static RequestFact request(long id, Duration ago) {
        return new RequestFact(id, "Request " + id, Set.of(Topic.of("onboarding")), Set.of(), true, NOW.minus(ago));
    }
}
