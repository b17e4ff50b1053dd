package org.hros.vocabulary.domain;

/** A word as an admin types it: its slug, label and description. */
public record TermCommand(String slug, String label, String description) {}
