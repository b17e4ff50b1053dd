package org.hros.practice.domain;

import java.util.Collection;
import java.util.List;
import org.hros.circle.CircleSharedGoals;
import org.springframework.stereotype.Component;

/** Lists, for a circle page, the goals its members share with their circles or with everyone. */
@Component
class SharedGoalsForCircles implements CircleSharedGoals {

    private final GoalService goals;

    SharedGoalsForCircles(GoalService goals) {
        this.goals = goals;
    }

    @Override
    public List<SharedGoal> sharedBy(Collection<Long> memberIds, int limit) {
        return goals.sharedBy(memberIds, limit).stream()
                .map(g -> new SharedGoal(
                        g.goal().id(),
                        g.ownerId(),
                        g.goal().title(),
                        g.goal().path(),
                        g.goal().latest() == null ? null : g.goal().latest().note(),
                        g.goal().latest() == null ? null : g.goal().latest().createdAt()))
                .toList();
    }
}
