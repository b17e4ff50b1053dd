package org.hros.shared;

/**
 * Content of one module tagged with words of the vocabulary. The vocabulary module asks every such bean how much
 * content a merge would move (for the admin's confirmation) and then moves it, in the merge's transaction.
 */
public interface VocabularyUsage {

    /** The message key naming what is counted, with one argument for the count ("{0} cases"). */
    String countKey(VocabularyKind kind);

    /** How many items carry the word; 0 when this module does not store words of this kind. */
    long count(VocabularyKind kind, String slug);

    /**
     * Gives every item that carries {@code from} the word {@code into} instead (once, even if it had both). Copies
     * of the items (the search index) catch up after commit from {@link WordsMoved}.
     *
     * @return how many items changed
     */
    long move(VocabularyKind kind, String from, String into);
}
