package org.hros.practice.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hros.practice.GoalVisibility;
import org.hros.practice.PracticeSamples;
import org.hros.shared.SubjectRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo community's goals, with check-ins dated in the past so their charts have a history. */
@Component
class SampleGoals implements PracticeSamples {

    private final GoalRepository goals;
    private final CheckInRepository checkIns;
    private final Clock clock;

    SampleGoals(GoalRepository goals, CheckInRepository checkIns, Clock clock) {
        this.goals = goals;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long createSample(
            long ownerId,
            String title,
            GoalVisibility visibility,
            String unit,
            BigDecimal target,
            List<SubjectRef> inspiredBy) {
        GoalCommand command = new GoalCommand(title, null, visibility, inspiredBy, unit, target);
        return goals.save(new Goal(ownerId, command, clock.instant().minusSeconds(86_400L * 60)))
                .id();
    }

    @Override
    @Transactional
    public void checkInSample(long goalId, String note, BigDecimal value, Instant at) {
        goals.findById(goalId).orElseThrow().touched(at);
        checkIns.save(new CheckIn(goalId, note, value, at));
    }
}
