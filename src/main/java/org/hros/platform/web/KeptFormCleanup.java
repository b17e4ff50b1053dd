package org.hros.platform.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the kept forms nobody collected within half an hour. Reading ignores them already; this keeps the table
 * down to the forms still waiting.
 */
@Component
class KeptFormCleanup {

    private final KeptForms kept;

    KeptFormCleanup(KeptForms kept) {
        this.kept = kept;
    }

    @Scheduled(
            initialDelayString = "#{@'hros-org.hros.platform.HrosProperties'.keptForms().cleanupInterval()}",
            fixedDelayString = "#{@'hros-org.hros.platform.HrosProperties'.keptForms().cleanupInterval()}")
    @SchedulerLock(name = "kept-form-cleanup", lockAtMostFor = "10m", lockAtLeastFor = "1m")
    public void forgetExpiredOnSchedule() {
        kept.forgetExpired();
    }
}
