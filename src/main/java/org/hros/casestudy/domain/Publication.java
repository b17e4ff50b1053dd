package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Instant;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The way from an editor's approval to readers, in one place for the editors' desk, the employer's approval
 * and the embargo job: first the employer's approver (if the author named one), then the embargo (if it has
 * not ended), then publication. Callers hold the case's row lock and a transaction.
 */
@Component
class Publication {

    private final CaseRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publication(CaseRevisionRepository revisions, ApplicationEventPublisher events, Clock clock) {
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** Takes an approved case as far as it may go now, and says where it stands. */
    CaseStatus release(CaseStudy c, long editorId) {
        Instant now = clock.instant();
        if (c.needsApproval()) {
            c.awaitApproval(editorId);
            events.publishEvent(new ApprovalRequested(c.id(), c.reviewRound()));
        } else if (c.embargoedAt(now)) {
            c.schedule(editorId);
        } else {
            publishNow(c, editorId, now);
        }
        return c.status();
    }

    /** Snapshots the working copy as the next revision, which readers see from now on. */
    void publishNow(CaseStudy c, long editorId, Instant now) {
        revisions.findByCaseIdAndCurrentTrue(c.id()).ifPresent(r -> {
            r.supersede();
            revisions.flush();
        });
        CaseRevision revision = revisions.save(c.publish(editorId, now));
        events.publishEvent(new CasePublished(c.id(), c.authorId(), revision.revisionNo(), false));
    }
}
