package org.hros.search;

import java.time.Instant;

/** Where the search index stands, for the operations page. */
public interface SearchIndexOverview {

    IndexReport report();

    /**
     * @param caseDocuments case documents the index is built from
     * @param requestDocuments request documents
     * @param replyDocuments discussion reply documents
     * @param waitingToIndex changes written to the indexing outbox and not yet in the index
     * @param rebuilding whether a rebuild runs (searches answer 503 meanwhile)
     * @param percent how far the running rebuild is
     * @param rebuildStartedAt when the last rebuild on this node started, or {@code null}
     * @param rebuildFinishedAt when it finished, or {@code null}
     * @param rebuildFailure the kind of failure that stopped it, or {@code null}
     * @param lastErrorAt when the background indexing last failed on this node, or {@code null}
     * @param lastError the kind of that failure, or {@code null}
     */
    record IndexReport(
            long caseDocuments,
            long requestDocuments,
            long replyDocuments,
            long waitingToIndex,
            boolean rebuilding,
            int percent,
            Instant rebuildStartedAt,
            Instant rebuildFinishedAt,
            String rebuildFailure,
            Instant lastErrorAt,
            String lastError) {}
}
