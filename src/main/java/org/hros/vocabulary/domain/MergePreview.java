package org.hros.vocabulary.domain;

import java.util.List;
import org.hros.vocabulary.TermView;

/** What merging one word into another will move: a message key and count per kind of content that carries it. */
public record MergePreview(TermView from, TermView into, List<Moved> moves) {

    /** {@code countKey} takes the count as its argument ("{0} cases"). */
    public record Moved(String countKey, long count) {}

    public long total() {
        return moves.stream().mapToLong(Moved::count).sum();
    }
}
