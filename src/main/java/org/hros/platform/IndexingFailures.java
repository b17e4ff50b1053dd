package org.hros.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * The last failure of the search index's background work on this node (the outbox processor), for the operations
 * page. Only when and what kind of failure: the details are in the log, where they are written once.
 */
public interface IndexingFailures {

    Optional<Failure> last();

    /**
     * @param kind the exception's class name
     * @param outage whether the database did not answer, rather than a defect
     */
    record Failure(Instant at, String kind, boolean outage) {}
}
