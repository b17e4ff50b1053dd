package org.hros.search.domain.indexing;

import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseRestored;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.discussion.ReactionsChanged;
import org.hros.shared.SubjectType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the library's events after commit. The event publication registry keeps each event until its
 * handler completes, and Hibernate Search's outbox keeps each document change until it is indexed, so a crash
 * at any point loses nothing. Attribution changes need nothing here: the index never holds an author.
 */
@Component
class CaseIndexer {

    private final CaseDocuments documents;

    CaseIndexer(CaseDocuments documents) {
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(CasePublished event) {
        documents.refresh(event.caseId());
    }

    @ApplicationModuleListener
    void on(CaseWithdrawn event) {
        documents.remove(event.caseId());
    }

    /** A case hidden pending review and restored is found again. */
    @ApplicationModuleListener
    void on(CaseRestored event) {
        documents.refresh(event.caseId());
    }

    @ApplicationModuleListener
    void on(ReactionsChanged event) {
        if (event.subject().type() == SubjectType.CASE) {
            documents.helpful(event.subject().id(), event.helpful());
        }
    }
}
