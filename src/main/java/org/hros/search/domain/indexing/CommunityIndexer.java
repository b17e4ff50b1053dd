package org.hros.search.domain.indexing;

import org.hros.casestudy.CaseWithdrawn;
import org.hros.discussion.ReplyChanged;
import org.hros.request.RequestChanged;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the agenda's and the discussion's events after commit, like {@link CaseIndexer} follows the library's:
 * each handler reads the request or reply as it is now through its module's API, so the order events arrive in
 * never matters.
 */
@Component
class CommunityIndexer {

    private final RequestDocuments requests;
    private final ReplyDocuments replies;

    CommunityIndexer(RequestDocuments requests, ReplyDocuments replies) {
        this.requests = requests;
        this.replies = replies;
    }

    @ApplicationModuleListener
    void on(RequestChanged event) {
        requests.refresh(event.requestId());
    }

    @ApplicationModuleListener
    void on(ReplyChanged event) {
        replies.refresh(event.replyId(), event.subject());
    }

    /** A case shown again after review brings its discussion back into search. */
    @ApplicationModuleListener
    void on(org.hros.casestudy.CaseRestored event) {
        replies.refreshAll(new SubjectRef(SubjectType.CASE, event.caseId()));
    }

    /** A withdrawn, taken-down or hidden case takes its discussion out of search with it. */
    @ApplicationModuleListener
    void on(CaseWithdrawn event) {
        replies.removeAll(new SubjectRef(SubjectType.CASE, event.caseId()));
    }
}
