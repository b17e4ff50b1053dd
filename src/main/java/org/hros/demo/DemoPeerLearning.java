package org.hros.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.circle.CircleSamples;
import org.hros.circle.CircleSamples.SampleReply;
import org.hros.practice.GoalVisibility;
import org.hros.practice.PracticeSamples;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo community's peer learning: one circle under the Chatham House rule with a clinic thread and check-ins,
 * and a couple of practice goals with a history of check-ins, one of them inspired by a sample case.
 */
@Component
@Profile("demo")
class DemoPeerLearning {

    private final CircleSamples circles;
    private final PracticeSamples goals;
    private final Clock clock;

    DemoPeerLearning(CircleSamples circles, PracticeSamples goals, Clock clock) {
        this.circles = circles;
        this.goals = goals;
        this.clock = clock;
    }

    /**
     * @param ids the demo members' ids by key
     * @param inspiringCase a published sample case the first goal links to, or {@code null}
     */
    void load(Map<String, Long> ids, Long inspiringCase) {
        long circle = circles.createSample(
                "Candidate experience clinic",
                "Talent acquisition leads bringing candidate-experience failures, under the Chatham House rule.",
                true,
                ids.get("maya"),
                List.of(ids.get("jonas"), ids.get("priya"), ids.get("sam")));
        circles.clinicSample(
                circle,
                "We ghosted forty finalists after a hiring freeze",
                ids.get("jonas"),
                "The freeze came on a Friday. Nobody owned telling the finalists, so **nobody did**. Three of them"
                        + " posted about it. What would you have done in the first 48 hours?",
                List.of(
                        new SampleReply(
                                ids.get("priya"),
                                "Name one owner for every open requisition *before* a freeze can happen. We keep"
                                        + " it in the ATS as a required field."),
                        new SampleReply(
                                ids.get("sam"),
                                "A short, honest template helps: what happened, what it means for them, when they"
                                        + " will hear again. Send it even if the answer is \"we don't know yet\".")));
        circles.checkInSample(circle, ids.get("priya"), "Every requisition now has a named owner in the ATS.");
        circles.checkInSample(circle, ids.get("sam"), "Freeze template drafted; legal review next week.");

        List<SubjectRef> inspiredBy =
                inspiringCase == null ? List.of() : List.of(new SubjectRef(SubjectType.CASE, inspiringCase));
        long replies = goals.createSample(
                ids.get("sam"),
                "Reply to every applicant within 48 hours",
                GoalVisibility.EVERYONE,
                "hours to first reply",
                new BigDecimal("48"),
                inspiredBy);
        Instant now = clock.instant();
        goals.checkInSample(replies, "Measured a month of replies: far too slow.", new BigDecimal("96"), ago(now, 35));
        goals.checkInSample(replies, "Templates for the first reply are live.", new BigDecimal("71"), ago(now, 21));
        goals.checkInSample(replies, "Daily triage slot in the calendar.", new BigDecimal("52"), ago(now, 7));
        long owners = goals.createSample(
                ids.get("priya"),
                "Name an owner for every requisition before it opens",
                GoalVisibility.MY_CIRCLES,
                null,
                null,
                List.of());
        goals.checkInSample(owners, "Owner is now a required field in the ATS.", null, ago(now, 10));
    }

    private static Instant ago(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
