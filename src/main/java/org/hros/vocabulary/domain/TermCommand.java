package org.hros.vocabulary.domain;

/**
 * A word as an admin types it: its slug, label, description and, for topics and skills, the slug of its radar
 * quadrant.
 */
public record TermCommand(String slug, String label, String description, String quadrant) {}
