package org.hros.search;

/** The index is being rebuilt; search answers 503 meanwhile while the rest of the site works. */
public class SearchUnavailableException extends RuntimeException {

    private final int percentDone;

    public SearchUnavailableException(int percentDone) {
        super("The search index is being rebuilt");
        this.percentDone = percentDone;
    }

    /** How far the rebuild is, 0 to 100. */
    public int percentDone() {
        return percentDone;
    }
}
