package org.hros.search;

/**
 * Search cannot answer for a while — the index is being rebuilt, or it cannot be read — and answers 503 meanwhile,
 * while the rest of the site works.
 */
public class SearchUnavailableException extends RuntimeException {

    private final int percentDone;

    /** The index is being rebuilt and is {@code percentDone} per cent done. */
    public SearchUnavailableException(int percentDone) {
        super("The search index is being rebuilt");
        this.percentDone = percentDone;
    }

    private SearchUnavailableException() {
        super("The search index cannot be read");
        this.percentDone = -1;
    }

    /** The index could not be read (a disk error, a damaged file, a search cluster that does not answer). */
    public static SearchUnavailableException indexFailing() {
        return new SearchUnavailableException();
    }

    /** Whether the index is being rebuilt, rather than failing. */
    public boolean rebuilding() {
        return percentDone >= 0;
    }

    /** How far the rebuild is, 0 to 100; -1 when the index is failing rather than being rebuilt. */
    public int percentDone() {
        return percentDone;
    }
}
