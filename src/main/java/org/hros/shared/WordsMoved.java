package org.hros.shared;

/**
 * Content that carried one word carries another now: an admin renamed the word's slug or merged it into another.
 * Whatever keeps copies of content with its words (the search index) brings them up to date after commit.
 */
public record WordsMoved(VocabularyKind kind, String from, String into) {}
