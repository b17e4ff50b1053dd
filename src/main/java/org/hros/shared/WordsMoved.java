package org.hros.shared;

/**
 * Content that carried one word carries another now: an admin renamed the word's slug or merged it into another; or
 * the word got a new label ({@code from} and {@code into} the same). Whatever keeps copies of content with its words
 * or their labels (the search index) brings them up to date after commit.
 */
public record WordsMoved(VocabularyKind kind, String from, String into) {}
