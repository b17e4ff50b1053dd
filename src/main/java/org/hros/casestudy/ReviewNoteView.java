package org.hros.casestudy;

import java.time.Instant;

/**
 * An editor's note on a submission.
 *
 * @param section the section it concerns, or {@code null} for the case as a whole
 * @param round the review round it belongs to (1 for the first submission)
 */
public record ReviewNoteView(long id, Section section, int round, String body, String editorName, Instant createdAt) {}
