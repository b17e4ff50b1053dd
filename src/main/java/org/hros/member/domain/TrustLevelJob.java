package org.hros.member.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Recomputes every member's earned trust level, on one node at a time. */
@Component
class TrustLevelJob {

    private final TrustLevels levels;

    TrustLevelJob(TrustLevels levels) {
        this.levels = levels;
    }

    @Scheduled(
            initialDelayString = "#{@'hros.trust-org.hros.member.domain.TrustProperties'.recomputeInterval()}",
            fixedDelayString = "#{@'hros.trust-org.hros.member.domain.TrustProperties'.recomputeInterval()}")
    @SchedulerLock(name = "trust-levels", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    public void recomputeOnSchedule() {
        levels.recomputeAll();
    }
}
