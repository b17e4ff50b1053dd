package org.hros.casestudy.domain;

import org.hros.discussion.Discussions;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.ReactionsChanged;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's count of "This helped" for the library's "most helpful" ordering. The count is read afresh
 * when the event is handled, so events handled out of order still leave the right number.
 */
@Component
class HelpfulCounts {

    private final JdbcClient jdbc;
    private final Discussions discussions;

    HelpfulCounts(JdbcClient jdbc, Discussions discussions) {
        this.jdbc = jdbc;
        this.discussions = discussions;
    }

    @ApplicationModuleListener
    void on(ReactionsChanged event) {
        if (event.subject().type() != SubjectType.CASE) {
            return;
        }
        refresh(event.subject().id());
    }

    /**
     * Counts again, e.g. when a case stops naming its author: their own "This helped" then counts no more, and
     * the "most helpful" order must not keep it.
     */
    void refresh(long caseId) {
        long helpful = discussions.count(new SubjectRef(SubjectType.CASE, caseId), ReactionKind.HELPED);
        jdbc.sql("update case_study set helpful_count = ? where id = ?")
                .params(helpful, caseId)
                .update();
    }
}
