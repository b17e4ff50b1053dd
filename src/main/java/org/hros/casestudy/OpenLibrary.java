package org.hros.casestudy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The published library as open data: every published, not withdrawn case exactly as its page shows it (the same
 * {@link CaseView}, so attribution is decided by the library's policy and times of unnamed cases are cut to the
 * day), with its sections' Markdown as written.
 */
public interface OpenLibrary {

    /** Hands each published, not withdrawn case to {@code each}, one at a time, in the order of their ids. */
    void forEachOpenCase(Consumer<OpenCase> each);

    /** When a published case last left the library (withdrawn or taken down), if one ever did. */
    Optional<Instant> lastDeparture();

    /**
     * One published case for the open-data dump.
     *
     * @param view the current revision as readers see it
     * @param markdown each section's Markdown as written, in the template's order
     */
    record OpenCase(CaseView view, Map<Section, String> markdown) {}
}
