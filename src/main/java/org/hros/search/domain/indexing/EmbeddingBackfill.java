package org.hros.search.domain.indexing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the embeddings that documents lack: those indexed before semantic search existed, or while the model
 * was off. Publication computes a case's embedding itself; this only catches up, a batch at a time, and the
 * changed documents reach the index through the outbox like any other change.
 */
@Component
class EmbeddingBackfill {

    private static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

    private final CaseDocuments documents;
    private final IndexState state;

    EmbeddingBackfill(CaseDocuments documents, IndexState state) {
        this.documents = documents;
        this.state = state;
    }

    /**
     * On one node at a time, so that the nodes do not compute the same embeddings side by side; a large backlog
     * takes minutes, hence ten minutes at most before another node may take over from one that died.
     */
    @Scheduled(
            initialDelayString =
                    "#{@'hros.search-org.hros.search.domain.SearchProperties'.semantic().backfillInterval()}",
            fixedDelayString =
                    "#{@'hros.search-org.hros.search.domain.SearchProperties'.semantic().backfillInterval()}")
    @SchedulerLock(name = "embedding-backfill", lockAtMostFor = "10m", lockAtLeastFor = "5s")
    public void catchUp() {
        if (state.rebuilding()) {
            return;
        }
        int total = 0;
        int done;
        do {
            done = documents.embedMissing(BATCH);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            log.info("Computed the embeddings of {} cases for semantic search", total);
        }
    }
}
