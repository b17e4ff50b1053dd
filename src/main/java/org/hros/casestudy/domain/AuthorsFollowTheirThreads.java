package org.hros.casestudy.domain;

import org.hros.casestudy.CasePublished;
import org.hros.discussion.Discussions;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An author follows the discussion of their case from its publication, so they hear of replies to it, unless
 * they muted it. Only the author's own notices use this; readers never learn who follows a thread.
 */
@Component
class AuthorsFollowTheirThreads {

    private final Discussions discussions;

    AuthorsFollowTheirThreads(Discussions discussions) {
        this.discussions = discussions;
    }

    @ApplicationModuleListener
    void on(CasePublished event) {
        if (!event.imported()) {
            discussions.follow(new SubjectRef(SubjectType.CASE, event.caseId()), event.authorId());
        }
    }
}
