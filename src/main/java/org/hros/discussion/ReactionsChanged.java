package org.hros.discussion;

import org.hros.shared.SubjectRef;

/** The reactions on a subject changed; {@code helpful} is its new count of "This helped". */
public record ReactionsChanged(SubjectRef subject, long helpful) {}
