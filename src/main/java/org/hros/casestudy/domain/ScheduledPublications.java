package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.casestudy.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled cases once their embargo has ended. Each case is published in its own transaction
 * under its row lock, so several nodes may run this at once and a case is still published exactly once.
 */
@Component
public class ScheduledPublications {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublications.class);

    private final CaseStudyRepository cases;
    private final Publication publication;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledPublications(
            CaseStudyRepository cases, Publication publication, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.publication = publication;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * On one node at a time. The row lock alone already publishes each case once; the job's lock saves the other
     * nodes the work. A run takes seconds, so a node killed mid-run holds the job back two minutes at most.
     */
    @Scheduled(
            fixedDelayString = "#{@'hros.embargo-org.hros.casestudy.domain.EmbargoProperties'.checkInterval()}",
            initialDelayString = "#{@'hros.embargo-org.hros.casestudy.domain.EmbargoProperties'.checkInterval()}")
    @SchedulerLock(name = "scheduled-publications", lockAtMostFor = "2m", lockAtLeastFor = "5s")
    public void publishDueOnSchedule() {
        publishDue();
    }

    /** Publishes every scheduled case whose embargo has ended, and returns how many. */
    public int publishDue() {
        Instant now = clock.instant();
        List<Long> due = cases.findIdsByStatusAndEmbargoUntilNotAfter(CaseStatus.SCHEDULED, now);
        int published = 0;
        for (long id : due) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> publishIfDue(id, now)))) {
                    published++;
                }
            } catch (RuntimeException e) {
                // One case that cannot be published must not hold back the others; it is tried again next time.
                log.error("Could not publish scheduled case {}", id, e);
            }
        }
        return published;
    }

    private boolean publishIfDue(long id, Instant now) {
        CaseStudy c = cases.findForUpdate(id).orElse(null);
        // Checked again under the lock: the author may have taken it back, or another node published it.
        if (c == null || c.status() != CaseStatus.SCHEDULED || c.embargoedAt(now)) {
            return false;
        }
        publication.publishNow(c, c.reviewerId(), now);
        return true;
    }
}
