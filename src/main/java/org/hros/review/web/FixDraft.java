package org.hros.review.web;

/**
 * An editor's fix that was refused, shown again in its section's form with the reason, so nothing typed is lost.
 *
 * @param problem the message key of what was wrong
 */
public record FixDraft(String section, String text, String why, String problem) {}
