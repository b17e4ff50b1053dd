package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseSubmitted;
import org.hros.casestudy.SampleLibrary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link SampleLibrary}. */
@Service
class SampleCases implements SampleLibrary {

    private final CaseStudyRepository cases;
    private final CaseRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SampleCases(
            CaseStudyRepository cases,
            CaseRevisionRepository revisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long publishSample(long authorId, CaseCommand command, Instant publishedAt) {
        CaseRules.checkSave(command, clock);
        CaseStudy c = cases.save(new CaseStudy(authorId, command, publishedAt));
        CaseRules.checkSubmission(c);
        CaseRevision revision = revisions.save(c.importPublished(publishedAt));
        events.publishEvent(new CasePublished(c.id(), authorId, revision.revisionNo(), true));
        return c.id();
    }

    @Override
    @Transactional
    public long submitSample(long authorId, CaseCommand command) {
        CaseRules.checkSave(command, clock);
        CaseStudy c = cases.save(new CaseStudy(authorId, command, clock.instant()));
        c.submit(clock.instant(), List.of());
        events.publishEvent(new CaseSubmitted(c.id(), c.reviewRound(), c.title(), authorId));
        return c.id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return cases.count() == 0;
    }
}
