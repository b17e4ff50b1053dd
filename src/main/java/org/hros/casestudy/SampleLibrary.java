package org.hros.casestudy;

import java.time.Instant;

/**
 * Publishes cases that were reviewed elsewhere, with their original dates: the demo community and load
 * benchmarks. Every case published this way is labelled as sample content.
 */
public interface SampleLibrary {

    /** Publishes a complete case at once; throws the usual field errors when it is incomplete. */
    long publishSample(long authorId, CaseCommand command, Instant publishedAt);

    /** Saves a complete case and submits it for review, as its author would; returns its id. */
    long submitSample(long authorId, CaseCommand command);

    /** Whether the library holds any case at all, published or not. */
    boolean isEmpty();
}
